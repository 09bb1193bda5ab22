package org.legalkiosk.kiosk.ui.common;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;

/**
 * A large on-screen keypad of a fixed set of keys (digits for a phone number, digits and X for an ID number, the
 * booking-code alphabet), with Delete and Clear. Only the keys that can be right are offered, so a visitor cannot
 * type a wrong kind of character. Key ids are {@code prefix + character}, {@code prefix + "backspace"},
 * {@code prefix + "clear"}.
 */
public final class Keypad extends GridPane {

    public Keypad(
            String keys,
            int columns,
            String idPrefix,
            Messages messages,
            Consumer<Character> onKey,
            Runnable onBackspace,
            Runnable onClear) {
        getStyleClass().add("keypad");
        setAlignment(Pos.CENTER);
        int i = 0;
        for (char c : keys.toCharArray()) {
            Button key = key(String.valueOf(c), idPrefix + c);
            key.setOnAction(e -> onKey.accept(c));
            add(key, i % columns, i / columns);
            i++;
        }
        int row = (keys.length() + columns - 1) / columns;
        Button clear = key(messages.get("search.clear"), idPrefix + "clear");
        clear.getStyleClass().add("keypad-action");
        clear.setOnAction(e -> onClear.run());
        Button backspace = key(messages.get("search.backspace"), idPrefix + "backspace");
        backspace.getStyleClass().add("keypad-action");
        backspace.setOnAction(e -> onBackspace.run());
        int half = Math.max(1, columns / 2);
        add(clear, 0, row, half, 1);
        add(backspace, half, row, Math.max(1, columns - half), 1);
        clear.setMaxWidth(Double.MAX_VALUE);
        backspace.setMaxWidth(Double.MAX_VALUE);
    }

    private static Button key(String label, String id) {
        Button key = new Button(label);
        key.setId(id);
        key.getStyleClass().add("keypad-key");
        key.setFocusTraversable(false);
        key.setMaxWidth(Double.MAX_VALUE);
        return key;
    }
}
