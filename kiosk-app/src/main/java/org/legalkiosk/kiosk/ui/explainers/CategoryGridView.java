package org.legalkiosk.kiosk.ui.explainers;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.session.TextSize;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.TapArea;

/** Category tiles, three to a row (two at the largest text size, so names never get cut). */
public final class CategoryGridView implements Screen {

    private final CategoryGridViewModel model;
    private final VBox root = new VBox();

    public CategoryGridView(CategoryGridViewModel model, TextSize textSize, Messages messages) {
        this.model = model;
        root.getStyleClass().add("screen");
        Label prompt = new Label(model.prompt());
        prompt.getStyleClass().add("prompt");

        int columns = textSize == TextSize.EXTRA_LARGE ? 2 : 3;
        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(20);
        for (int i = 0; i < columns; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(c);
        }
        int index = 0;
        for (CategoryGridViewModel.Item item : model.items()) {
            grid.add(tile(item), index % columns, index / columns);
            index++;
        }
        PagedScroll scroll = new PagedScroll(grid, messages, "category-scroll");
        root.getChildren().addAll(prompt, scroll);
        if (model.installedLaws() > 0) {
            TapArea entry = TapArea.card(Ids.LAWS_ENTRY, model.lawsEntry(), null, model::openLaws, "laws-entry");
            entry.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            root.getChildren().add(entry);
        }
    }

    private Node tile(CategoryGridViewModel.Item item) {
        TapArea button =
                TapArea.card(Ids.CATEGORY_PREFIX + item.id(), item.name(), item.hint(), () -> model.open(item));
        button.setMaxHeight(Double.MAX_VALUE);
        return button;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String title() {
        return model.title();
    }

    @Override
    public String spokenText() {
        return model.spokenText();
    }
}
