package org.legalkiosk.kiosk.ui.speech;

import javafx.scene.control.Button;

import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.ReadAloud;

/**
 * A speaker beside an answer that reads just that answer, so a villager who cannot read can hear each choice
 * before tapping it; the answer itself still chooses with one tap.
 */
public final class ReadItemButton {

    private static final String STYLESHEET = "/org/legalkiosk/kiosk/ui/speech/speech.css";

    private ReadItemButton() {}

    public static Button of(String id, String text, ReadAloud readAloud, Messages m) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(Icons.icon(Icons.SPEAKER, 40));
        button.getStyleClass().add("read-item");
        button.setAccessibleText(m.get("speech.readItem"));
        button.getStylesheets().add(ReadItemButton.class.getResource(STYLESHEET).toExternalForm());
        button.setOnAction(e -> readAloud.read(text));
        return button;
    }
}
