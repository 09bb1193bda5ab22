package org.legalkiosk.kiosk.ui.speech;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * The read-aloud controls, in the bottom bar while the kiosk speaks: big Pause/Continue and Stop, then Quieter and
 * Louder. The bar has one fixed height whether it shows these or the help line, so nothing above it moves when
 * speech starts or ends.
 */
public final class SpeechBarView {

    public static final String BAR = "speech-bar";
    public static final String PAUSE = "speech-pause";
    public static final String STOP = "speech-stop";
    public static final String LOUDER = "speech-louder";
    public static final String QUIETER = "speech-quieter";
    private static final String STYLESHEET = "/org/legalkiosk/kiosk/ui/speech/speech.css";
    private static final String PAUSE_ICON = "M6 19h4V5H6v14zm8-14v14h4V5h-4z";
    private static final String PLAY_ICON = "M8 5v14l11-7z";
    private static final String STOP_ICON = "M6 6h12v12H6z";
    private static final String QUIETER_ICON =
            "M18.5 12c0-1.77-1.02-3.29-2.5-4.03v8.05c1.48-.73 2.5-2.25 2.5-4.02zM5 9v6h4l5 5V4L9 9H5z";

    private final SpeechBarViewModel model;
    private final HBox root = new HBox(24);
    private final Label status = new Label();
    private final Button pause = new Button();
    private final Button stop = new Button();
    private final Button quieter = new Button();
    private final Button louder = new Button();

    public SpeechBarView(SpeechBarViewModel model) {
        this.model = model;
        root.setId(BAR);
        root.getStyleClass().add(BAR);
        root.getStylesheets().add(SpeechBarView.class.getResource(STYLESHEET).toExternalForm());
        root.setAlignment(Pos.CENTER);
        pause.setId(PAUSE);
        stop.setId(STOP);
        quieter.setId(QUIETER);
        louder.setId(LOUDER);
        stop.setGraphic(Icons.icon(STOP_ICON, 36));
        quieter.setGraphic(Icons.icon(QUIETER_ICON, 36));
        louder.setGraphic(Icons.icon(Icons.SPEAKER, 36));
        stop.getStyleClass().add("speech-stop");
        status.getStyleClass().add("speech-status");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        root.getChildren().addAll(status, pause, stop, gap, quieter, louder);
        pause.setOnAction(e -> act(model::pauseOrResume));
        stop.setOnAction(e -> act(model::stop));
        quieter.setOnAction(e -> act(model::quieter));
        louder.setOnAction(e -> act(model::louder));
        root.setVisible(false);
    }

    private Messages messages;

    private void act(Runnable action) {
        action.run();
        refresh(messages);
    }

    /** Shows the bar for what the speech is doing now (called when reading starts and on every idle-clock beat). */
    public void refresh(Messages m) {
        this.messages = m;
        SpeechBarViewModel.State state = model.state();
        root.setVisible(state != SpeechBarViewModel.State.HIDDEN);
        boolean paused = state == SpeechBarViewModel.State.PAUSED;
        status.setText(m.get(paused ? "speech.paused" : "speech.speaking"));
        pause.setText(m.get(paused ? "speech.resume" : "speech.pause"));
        pause.setGraphic(Icons.icon(paused ? PLAY_ICON : PAUSE_ICON, 36));
        stop.setText(m.get("speech.stop"));
        quieter.setText(m.get("speech.quieter"));
        louder.setText(m.get("speech.louder"));
        quieter.setDisable(!model.canGoQuieter());
        louder.setDisable(!model.canGoLouder());
    }

    public boolean isShowing() {
        return root.isVisible();
    }

    public Node root() {
        return root;
    }
}
