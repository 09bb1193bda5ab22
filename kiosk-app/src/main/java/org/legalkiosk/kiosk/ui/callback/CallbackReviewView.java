package org.legalkiosk.kiosk.ui.callback;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Screen;

/** The topic and the number large in a two-row table, a line kept for a problem, and one large Send button. */
public final class CallbackReviewView implements Screen {

    private final CallbackReviewViewModel model;
    private final VBox root = CallbackViews.screen();

    public CallbackReviewView(CallbackReviewViewModel model) {
        this.model = model;
        if (!model.complete()) {
            Label nothing = CallbackViews.prompt(model.incompleteMessage());
            nothing.setId(CallbackIds.PROBLEM);
            root.getChildren().add(nothing);
            return;
        }
        GridPane table = new GridPane();
        table.getStyleClass().add("booking-table");
        table.addRow(0, CallbackViews.tableLabel(model.topicLabel()), value(CallbackIds.REVIEW_TOPIC, model.topic()));
        table.addRow(1, CallbackViews.tableLabel(model.phoneLabel()), value(CallbackIds.REVIEW_PHONE, model.phone()));
        Label problem = CallbackViews.prompt("");
        problem.setId(CallbackIds.PROBLEM);
        problem.getStyleClass().add("booking-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        Button send = CallbackViews.primary(CallbackIds.SEND, model.sendLabel(), model::send);
        send.getStyleClass().add("booking-confirm");
        send.disableProperty().bind(model.sendingProperty());
        send.textProperty()
                .bind(Bindings.when(model.sendingProperty())
                        .then(model.sendingLabel())
                        .otherwise(model.sendLabel()));
        root.getChildren().addAll(CallbackViews.prompt(model.prompt()), table, problem, send);
    }

    private static Label value(String id, String text) {
        Label value = new Label(text);
        value.setId(id);
        value.getStyleClass().addAll("booking-table-value", "callback-value");
        value.setWrapText(true);
        return value;
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
