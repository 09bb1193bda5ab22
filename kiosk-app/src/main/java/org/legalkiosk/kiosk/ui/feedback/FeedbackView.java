package org.legalkiosk.kiosk.ui.feedback;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * Two large faces, smiling (有用) and frowning (没解决), under a short question. After one tap both give way to a
 * thank-you in the same space, so nothing below moves.
 */
public final class FeedbackView {

    public static final String ROOT = "feedback";
    public static final String HELPFUL = "feedback-helpful";
    public static final String NOT_SOLVED = "feedback-not-solved";
    public static final String THANKS = "feedback-thanks";
    private static final String STYLESHEET = "/org/legalkiosk/kiosk/ui/feedback/feedback.css";
    private static final String FACE = "M12 2C6.47 2 2 6.48 2 12s4.47 10 10 10 10-4.48 10-10S17.53 2 12 2zm0 18"
            + "c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zM8.5 8A1.5 1.5 0 1 0 8.5 11 1.5 1.5 0 1 0 8.5 8z"
            + "M15.5 8A1.5 1.5 0 1 0 15.5 11 1.5 1.5 0 1 0 15.5 8z";
    private static final String SMILE = FACE + "M12 17.5c2.33 0 4.32-1.45 5.12-3.5h-1.67c-.7 1.19-1.97 2-3.45 2"
            + "s-2.75-.81-3.45-2H6.88c.8 2.05 2.79 3.5 5.12 3.5z";
    private static final String FROWN = FACE + "M12 14c-2.33 0-4.32 1.45-5.12 3.5h1.67c.69-1.19 1.97-2 3.45-2"
            + "s2.75.81 3.45 2h1.67c-.8-2.05-2.79-3.5-5.12-3.5z";

    private FeedbackView() {}

    public static Node of(FeedbackViewModel model, Messages m, String question) {
        Label ask = new Label(question);
        ask.getStyleClass().add("feedback-question");
        ask.setWrapText(true);
        Button helpful = face(HELPFUL, SMILE, m.get("feedback.helpful"), "feedback-helpful", model::helpful);
        Button notSolved =
                face(NOT_SOLVED, FROWN, m.get("feedback.notSolved"), "feedback-not-solved", model::notSolved);
        HBox faces = new HBox(40, helpful, notSolved);
        faces.setAlignment(Pos.CENTER_LEFT);
        Label thanks = new Label(m.get("feedback.thanks"));
        thanks.setId(THANKS);
        thanks.getStyleClass().add("feedback-thanks");
        thanks.setWrapText(true);
        StackPane answer = new StackPane(faces, thanks);
        answer.setAlignment(Pos.CENTER_LEFT);
        faces.visibleProperty().bind(model.answeredProperty().not());
        thanks.visibleProperty().bind(model.answeredProperty());
        VBox root = new VBox(12, ask, answer);
        root.setId(ROOT);
        root.getStyleClass().add("feedback");
        root.getStylesheets().add(FeedbackView.class.getResource(STYLESHEET).toExternalForm());
        return root;
    }

    private static Button face(String id, String icon, String label, String style, Runnable action) {
        Button button = new Button(label, Icons.icon(icon, 72));
        button.setId(id);
        button.getStyleClass().addAll("feedback-face", style);
        button.setContentDisplay(ContentDisplay.TOP);
        button.setAccessibleText(label);
        button.setOnAction(e -> action.run());
        return button;
    }
}
