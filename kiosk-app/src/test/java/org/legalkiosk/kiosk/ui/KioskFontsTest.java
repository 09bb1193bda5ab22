package org.legalkiosk.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.io.InputStream;
import java.util.Arrays;
import javafx.scene.text.Font;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalkiosk.kiosk.ui.common.KioskFonts;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Chinese must render on a terminal whatever fonts its system has: the kiosk ships its own. */
@ExtendWith(ApplicationExtension.class)
class KioskFontsTest {

    @Start
    void start(Stage stage) {}

    @Test
    void theBundledFontIsTheFamilyTheStylesheetNames() throws Exception {
        try (InputStream in = KioskFonts.class.getResourceAsStream(KioskFonts.BUNDLED)) {
            assertNotNull(in, "font packed in the jar");
            Font[] fonts = onFx(() -> Font.loadFonts(in, 24));
            assertTrue(
                    Arrays.stream(fonts).anyMatch(f -> f.getFamily().equals(KioskFonts.FAMILY)),
                    Arrays.toString(fonts));
        }
        assertTrue(onFx(KioskFonts::ensureLoaded));
    }

    @Test
    void theStylesheetNamesThatFamily() throws Exception {
        try (InputStream css = getClass().getResourceAsStream("/org/legalkiosk/kiosk/ui/kiosk.css")) {
            String text = new String(css.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.contains("-fx-font-family: \"" + KioskFonts.FAMILY + "\""));
        }
    }
}
