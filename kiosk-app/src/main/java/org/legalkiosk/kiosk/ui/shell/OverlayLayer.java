package org.legalkiosk.kiosk.ui.shell;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import org.legalkiosk.kiosk.service.SpeechService;
import org.legalkiosk.kiosk.session.TextSize;
import org.legalkiosk.kiosk.ui.common.OverlayHost;

/**
 * The one panel shown above the current screen (an article's text, an update result, the technician screen). It
 * knows what the panel says when read aloud, silences that reading when the panel closes, and tells the shell
 * whenever it opens or closes so Back can be offered while it shows.
 */
final class OverlayLayer implements OverlayHost {

    private final StackPane pane = new StackPane();
    private final SpeechService speech;
    private final Runnable shownOrClosed;
    private String spokenText;

    OverlayLayer(SpeechService speech, Runnable shownOrClosed) {
        this.speech = speech;
        this.shownOrClosed = shownOrClosed;
        pane.getStyleClass().add("overlay");
        pane.setVisible(false);
    }

    Node node() {
        return pane;
    }

    /** The text of the panel for read-aloud, or null when none shows or the panel has nothing to say. */
    String spokenText() {
        return isShowing() ? spokenText : null;
    }

    /** The panel follows the visitor's text size like the screen under it. */
    void setTextSize(TextSize size) {
        for (TextSize s : TextSize.values()) {
            pane.getStyleClass().remove(s.styleClass());
        }
        pane.getStyleClass().add(size.styleClass());
    }

    @Override
    public void show(Node panel, String spokenText) {
        pane.getChildren().setAll(panel);
        this.spokenText = spokenText;
        pane.setVisible(true);
        shownOrClosed.run();
    }

    @Override
    public void close() {
        if (!pane.isVisible()) {
            return;
        }
        if (spokenText != null) {
            speech.stop();
        }
        pane.getChildren().clear();
        pane.setVisible(false);
        spokenText = null;
        shownOrClosed.run();
    }

    @Override
    public boolean isShowing() {
        return pane.isVisible();
    }
}
