package org.legalkiosk.kiosk.ui.common;

import java.util.List;
import javafx.scene.Parent;

/**
 * The kiosk's two colour themes. Both define the same role tokens ({@code -color-fg-default},
 * {@code -color-accent-emphasis}, …) on {@code .root}; every other stylesheet only looks them up, so switching
 * the theme file on the scene's root recolours every screen at once, without rebuilding anything.
 */
public enum Theme {
    DEFAULT(List.of(Theme.TOKENS)),
    /** The default tokens redefined by the high-contrast file: black on white, deep fills, 7:1 text. */
    HIGH_CONTRAST(List.of(Theme.TOKENS, Theme.HIGH_CONTRAST_TOKENS));

    public static final String TOKENS = "/org/legalkiosk/kiosk/ui/theme/kiosk-theme.css";
    public static final String HIGH_CONTRAST_TOKENS = "/org/legalkiosk/kiosk/ui/theme/kiosk-high-contrast.css";

    private final List<String> files;

    Theme(List<String> files) {
        this.files = files;
    }

    /** The token files of this theme, in the order they are applied. */
    public List<String> files() {
        return files;
    }

    /**
     * Puts this theme's token files first on {@code root}'s stylesheets (before the layout sheets, which look
     * the tokens up) and removes the other theme's.
     */
    public void applyTo(Parent root) {
        List<String> urls = files.stream().map(Theme::url).toList();
        root.getStylesheets().removeIf(s -> s.endsWith(TOKENS) || s.endsWith(HIGH_CONTRAST_TOKENS));
        root.getStylesheets().addAll(0, urls);
    }

    private static String url(String file) {
        return Theme.class.getResource(file).toExternalForm();
    }
}
