package org.legalkiosk.kiosk.ui.callback;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Screen;

/** A green tick, "staff will call you back", what happens next, and Finish. */
public final class CallbackSentView implements Screen {

    private final CallbackSentViewModel model;
    private final VBox root = CallbackViews.screen();

    public CallbackSentView(CallbackSentViewModel model) {
        this.model = model;
        Label headline = new Label(model.headline());
        headline.setId(CallbackIds.SENT);
        headline.getStyleClass().add("callback-sent-title");
        HBox top = new HBox(24, Icons.icon(Icons.CONFIRMED, 96), headline);
        top.getStyleClass().add("callback-sent");
        top.setAlignment(Pos.CENTER_LEFT);
        root.getChildren()
                .addAll(
                        top,
                        CallbackViews.prompt(model.detail()),
                        CallbackViews.primary(CallbackIds.FINISH, model.finishLabel(), model::finish));
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
