package org.legalkiosk.kiosk.ui.update;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Ids;

/** The panel over the screen that tells how a USB update went, with one button to close it. */
public final class UpdateResultView {

    private final VBox root;

    public UpdateResultView(UpdateResultViewModel model, Runnable onClose) {
        Label title = new Label(model.title());
        title.getStyleClass().add("article-title");
        Label body = new Label(model.body());
        body.getStyleClass().add(model.ok() ? "article-text" : "article-missing");
        Button close = new Button(model.closeLabel());
        close.setId(Ids.UPDATE_RESULT_CLOSE);
        close.getStyleClass().add("primary-button");
        close.setOnAction(e -> onClose.run());
        root = new VBox(24, title, body, close);
        root.setId(Ids.UPDATE_RESULT);
        root.getStyleClass().add("article-panel");
    }

    public Node root() {
        return root;
    }
}
