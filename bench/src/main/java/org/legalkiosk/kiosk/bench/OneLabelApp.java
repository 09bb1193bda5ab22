package org.legalkiosk.kiosk.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up floor for a JavaFX screen: one label in a 1080p scene, printing {@link #MESSAGE} at its first
 * laid-out frame and exiting. Its own main class (not the {@link Application}) so it runs from the class path.
 */
public final class OneLabelApp {

    static final String MESSAGE = "ONE LABEL FIRST FRAME";

    private OneLabelApp() {}

    public static void main(String[] args) {
        Application.launch(Screen.class, args);
    }

    /** The application itself. */
    public static final class Screen extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("法律服务"), 1920, 1080);
            Runnable once = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    System.out.println(MESSAGE);
                    System.out.flush();
                    Platform.exit();
                }
            };
            scene.addPostLayoutPulseListener(once);
            stage.setScene(scene);
            stage.show();
        }
    }
}
