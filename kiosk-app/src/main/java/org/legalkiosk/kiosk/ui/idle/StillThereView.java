package org.legalkiosk.kiosk.ui.idle;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * Full screen over everything: the question, the seconds left in very large figures, and one huge "continue"
 * button. Any touch anywhere continues (the shell's activity filter sees it), so an unsure finger cannot miss.
 */
public final class StillThereView {

    public static final String ROOT = "still-there";
    public static final String CONTINUE = "still-there-continue";
    public static final String COUNTDOWN = "still-there-countdown";
    private static final String STYLESHEET = "/org/legalkiosk/kiosk/ui/idle/idle.css";

    private final StillThereViewModel model;
    private final Label question = new Label();
    private final Label countdown = new Label();
    private final Label explanation = new Label();
    private final Button keepGoing = new Button();
    private final StackPane root;

    public StillThereView(StillThereViewModel model, Runnable onContinue) {
        this.model = model;
        question.getStyleClass().add("still-there-question");
        countdown.setId(COUNTDOWN);
        countdown.getStyleClass().add("still-there-countdown");
        explanation.getStyleClass().add("still-there-explanation");
        explanation.setWrapText(true);
        keepGoing.setId(CONTINUE);
        keepGoing.getStyleClass().add("still-there-continue");
        keepGoing.setOnAction(e -> onContinue.run());
        VBox panel = new VBox(36, question, countdown, explanation, keepGoing);
        panel.setAlignment(Pos.CENTER);
        panel.getStyleClass().add("still-there-panel");
        root = new StackPane(panel);
        root.setId(ROOT);
        root.getStyleClass().add(ROOT);
        root.getStylesheets().add(StillThereView.class.getResource(STYLESHEET).toExternalForm());
        root.setVisible(false);
        // A touch beside the button continues too; it must not reach the screen underneath.
        root.setOnMousePressed(e -> {
            onContinue.run();
            e.consume();
        });
    }

    /** The words in the visitor's language and the seconds left now. */
    public void refresh(Messages m) {
        root.setVisible(model.isShowing());
        question.setText(m.get("idle.question"));
        countdown.setText(m.get("idle.countdown", model.secondsLeft()));
        explanation.setText(m.get("idle.explanation"));
        keepGoing.setText(m.get("idle.continue"));
    }

    /** What the kiosk says when the question appears. */
    public static String spokenText(Messages m, int seconds) {
        return m.get("idle.question") + m.get("idle.spoken", seconds);
    }

    public Node root() {
        return root;
    }
}
