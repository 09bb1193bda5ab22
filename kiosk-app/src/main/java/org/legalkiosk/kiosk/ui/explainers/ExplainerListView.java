package org.legalkiosk.kiosk.ui.explainers;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.TapArea;

/** One full-width button per explainer: the question in bold, its one-sentence answer below. */
public final class ExplainerListView implements Screen {

    private final ExplainerListViewModel model;
    private final VBox root = new VBox();

    public ExplainerListView(ExplainerListViewModel model, Messages messages) {
        this.model = model;
        root.getStyleClass().add("screen");
        Label prompt = new Label(model.prompt());
        prompt.getStyleClass().add("prompt");
        VBox rows = new VBox(16);
        for (ExplainerListViewModel.Item item : model.items()) {
            rows.getChildren().add(row(item));
        }
        PagedScroll scroll = new PagedScroll(rows, messages, "list-scroll");
        root.getChildren().addAll(prompt, scroll);
    }

    private Node row(ExplainerListViewModel.Item item) {
        TapArea button = TapArea.card(
                Ids.EXPLAINER_PREFIX + item.id(),
                item.title(),
                item.summary(),
                () -> model.open(item),
                "explainer-row");
        if (item.untranslated()) {
            Label badge = new Label(model.untranslatedBadge());
            badge.getStyleClass().add("badge");
            button.getChildren().add(badge);
        }
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
