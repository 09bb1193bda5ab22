package org.legalkiosk.kiosk.ui.statutes;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.TapArea;

/** One card per installed law. */
public final class LawsView implements Screen {

    private final LawsViewModel model;
    private final VBox root = new VBox();

    public LawsView(LawsViewModel model, Messages messages) {
        this.model = model;
        root.getStyleClass().add("screen");
        Label prompt = new Label(model.prompt());
        prompt.getStyleClass().add("prompt");
        VBox rows = new VBox(16);
        for (LawsViewModel.Item item : model.items()) {
            rows.getChildren()
                    .add(TapArea.card(
                            Ids.LAW_PREFIX + item.lawId(),
                            item.fullName(),
                            model.articleCount(item),
                            () -> model.open(item)));
        }
        root.getChildren().addAll(prompt, new PagedScroll(rows, messages, "laws-scroll"));
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
