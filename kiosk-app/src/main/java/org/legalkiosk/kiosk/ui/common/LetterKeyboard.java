package org.legalkiosk.kiosk.ui.common;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A large on-screen keyboard of the 26 Latin letters, Space, Delete and Clear, for pinyin: a touch terminal has no
 * physical keyboard and no Chinese input method, but most villagers can tap the pinyin of a word or a name. Keys
 * show capitals (what older eyes read best) and report lower-case letters. Key ids are {@code prefix + letter}
 * ({@code a}..{@code z}), {@code prefix + "space"}, {@code prefix + "backspace"} and {@code prefix + "clear"};
 * key sizes are fixed pixels ({@code .key} in kiosk.css, 110 x 72) so the keyboard fits at every text size.
 */
public final class LetterKeyboard extends VBox {

    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    public LetterKeyboard(
            String idPrefix, Messages messages, Consumer<Character> onKey, Runnable onBackspace, Runnable onClear) {
        getStyleClass().add("keyboard");
        setAlignment(Pos.CENTER);
        for (String row : ROWS) {
            HBox keys = new HBox();
            keys.getStyleClass().add("keyboard-row");
            keys.setAlignment(Pos.CENTER);
            for (char c : row.toCharArray()) {
                Button key = key(String.valueOf(Character.toUpperCase(c)), idPrefix + c);
                key.setOnAction(e -> onKey.accept(c));
                keys.getChildren().add(key);
            }
            getChildren().add(keys);
        }
        Button clear = key(messages.get("search.clear"), idPrefix + "clear");
        clear.getStyleClass().add("key-action");
        clear.setOnAction(e -> onClear.run());
        Button space = key(messages.get("search.space"), idPrefix + "space");
        space.getStyleClass().add("key-wide");
        space.setOnAction(e -> onKey.accept(' '));
        Button backspace = key(messages.get("search.backspace"), idPrefix + "backspace");
        backspace.getStyleClass().add("key-action");
        backspace.setOnAction(e -> onBackspace.run());
        HBox last = new HBox(clear, space, backspace);
        last.getStyleClass().add("keyboard-row");
        last.setAlignment(Pos.CENTER);
        getChildren().add(last);
    }

    private static Button key(String label, String id) {
        Button key = new Button(label);
        key.setId(id);
        key.getStyleClass().add("key");
        key.setFocusTraversable(false);
        return key;
    }
}
