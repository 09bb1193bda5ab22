package org.legalkiosk.kiosk.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.legalkiosk.kiosk.session.TextSize;
import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * The bar on every screen: Back, Home, the screen's name, read aloud, text size, high contrast and language. Its sizes are
 * fixed in pixels, so it looks the same at every text size and never pushes a control off screen.
 */
final class TopBar extends HBox {

    private final Button back = new Button();
    private final Button home = new Button();
    private final Label title = new Label();
    private final Button readAloud = new Button();
    private final Label sizeCaption = new Label();
    private final Map<TextSize, ToggleButton> sizes = new EnumMap<>(TextSize.class);
    private final Button language = new Button();
    private final ToggleButton contrast = new ToggleButton();
    private boolean syncing;

    TopBar(
            Runnable onBack,
            Runnable onHome,
            Runnable onReadAloud,
            Consumer<TextSize> onTextSize,
            Runnable onLanguage,
            Consumer<Boolean> onHighContrast) {
        getStyleClass().add("top-bar");
        back.setId(Ids.BACK);
        back.setGraphic(Icons.icon(Icons.BACK, 36));
        back.setOnAction(e -> onBack.run());
        home.setId(Ids.HOME);
        home.setGraphic(Icons.icon(Icons.HOME, 36));
        home.setOnAction(e -> onHome.run());
        title.setId(Ids.SCREEN_TITLE);
        title.getStyleClass().add("screen-title");
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        readAloud.setId(Ids.READ_ALOUD);
        readAloud.setGraphic(Icons.icon(Icons.SPEAKER, 36));
        readAloud.setOnAction(e -> onReadAloud.run());

        ToggleGroup group = new ToggleGroup();
        HBox sizeGroup = new HBox();
        sizeGroup.getStyleClass().add("text-size-group");
        sizeCaption.getStyleClass().add("caption");
        sizeGroup.getChildren().add(sizeCaption);
        String[] classes = {"size-small", "size-medium", "size-large"};
        for (TextSize size : TextSize.values()) {
            ToggleButton button = new ToggleButton("A");
            button.setId(Ids.TEXT_SIZE_PREFIX + size.name().toLowerCase().replace('_', '-'));
            button.getStyleClass().add(classes[size.ordinal()]);
            button.setToggleGroup(group);
            button.setOnAction(e -> {
                if (!syncing) {
                    onTextSize.accept(size);
                }
                button.setSelected(true);
            });
            sizes.put(size, button);
            sizeGroup.getChildren().add(button);
        }
        language.setId(Ids.LANGUAGE);
        language.setOnAction(e -> onLanguage.run());
        contrast.setId(Ids.HIGH_CONTRAST);
        contrast.setGraphic(Icons.icon(Icons.CONTRAST, 36));
        contrast.setOnAction(e -> {
            if (!syncing) {
                onHighContrast.accept(contrast.isSelected());
            }
        });
        getChildren().addAll(back, home, title, readAloud, sizeGroup, contrast, language);
    }

    /** Shows whether high contrast is on, without calling back. */
    void showHighContrast(boolean on) {
        syncing = true;
        contrast.setSelected(on);
        syncing = false;
    }

    void update(Messages m, String screenTitle, boolean canGoBack, TextSize textSize, boolean canSpeak) {
        back.setText(m.get("nav.back"));
        back.setDisable(!canGoBack);
        home.setText(m.get("nav.home"));
        title.setText(screenTitle);
        readAloud.setText(m.get("nav.readAloud"));
        readAloud.setVisible(canSpeak);
        readAloud.setManaged(canSpeak);
        sizeCaption.setText(m.get("nav.textSize"));
        sizes.forEach((size, button) -> button.setAccessibleText(m.get("textSize." + size.name())));
        syncing = true;
        sizes.get(textSize).setSelected(true);
        syncing = false;
        contrast.setText(m.get("nav.contrast"));
        contrast.setAccessibleText(m.get("nav.contrast.spoken"));
        language.setText(m.get("nav.language"));
        language.setAccessibleText(m.get("nav.language.spoken"));
    }
}
