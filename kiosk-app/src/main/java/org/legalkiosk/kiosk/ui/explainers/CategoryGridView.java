package org.legalkiosk.kiosk.ui.explainers;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
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
            Label laws = new Label(model.lawsEntry());
            laws.getStyleClass().add("tile-title");
            TapArea entry = new TapArea(0, laws);
            entry.setId(Ids.LAWS_ENTRY);
            entry.getStyleClass().addAll("tile", "laws-entry");
            entry.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            entry.setOnTap(model::openLaws);
            root.getChildren().add(entry);
        }
    }

    private Node tile(CategoryGridViewModel.Item item) {
        Label name = new Label(item.name());
        name.getStyleClass().add("tile-title");
        Label hint = new Label(item.hint());
        hint.getStyleClass().add("tile-hint");
        TapArea button = new TapArea(6, name, hint);
        button.setId(Ids.CATEGORY_PREFIX + item.id());
        button.getStyleClass().add("tile");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMaxHeight(Double.MAX_VALUE);
        button.setOnTap(() -> model.open(item));
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
