package org.legalkiosk.kiosk.ui.search;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * A large on-screen Latin keyboard for pinyin: most villagers cannot type hanzi on a touchscreen, but can tap
 * the letters of a word's pinyin or just its initials. Key sizes are fixed so the keyboard fits at every text
 * size.
 */
final class LatinKeyboard extends VBox {

    static final String KEY_PREFIX = "key-";
    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    LatinKeyboard(SearchViewModel model, Messages messages) {
        getStyleClass().add("keyboard");
        setAlignment(Pos.CENTER);
        for (String row : ROWS) {
            HBox keys = new HBox();
            keys.getStyleClass().add("keyboard-row");
            keys.setAlignment(Pos.CENTER);
            for (char c : row.toCharArray()) {
                Button key = key(String.valueOf(c).toUpperCase(), KEY_PREFIX + c);
                key.setOnAction(e -> model.type(c));
                keys.getChildren().add(key);
            }
            getChildren().add(keys);
        }
        Button space = key(messages.get("search.space"), KEY_PREFIX + "space");
        space.getStyleClass().add("key-wide");
        space.setOnAction(e -> model.type(' '));
        Button backspace = key(messages.get("search.backspace"), KEY_PREFIX + "backspace");
        backspace.getStyleClass().add("key-action");
        backspace.setOnAction(e -> model.backspace());
        Button clear = key(messages.get("search.clear"), KEY_PREFIX + "clear");
        clear.getStyleClass().add("key-action");
        clear.setOnAction(e -> model.clear());
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
