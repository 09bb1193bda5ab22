package org.legalkiosk.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The agent's screenshot is what the screen shows, taken safely from another thread. */
@ExtendWith(ApplicationExtension.class)
class FxScreenCaptureTest {

    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(new Label("村级公共法律服务站")), 640, 360);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void nothingBeforeTheScreenExistsThenAPngOfIt() throws Exception {
        FxScreenCapture capture = new FxScreenCapture();
        assertTrue(capture.png().isEmpty());
        capture.attach(scene);
        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(capture.png().orElseThrow()));
        assertEquals(640, image.getWidth());
        assertEquals(360, image.getHeight());
    }
}
