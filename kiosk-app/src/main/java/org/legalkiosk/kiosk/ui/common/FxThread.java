package org.legalkiosk.kiosk.ui.common;

import javafx.application.Platform;

/**
 * The one way onto the JavaFX thread. Device, timer and network threads hand results to the screen through
 * here and never touch a node themselves.
 */
public final class FxThread {

    private FxThread() {}

    public static void run(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
