package org.legalkiosk.kiosk.app;

import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes sure the font the stylesheet names is there. The kiosk names one family, WenQuanYi Micro Hei (Debian
 * package {@code fonts-wqy-microhei}), instead of trusting fallback: without a CJK font Chinese renders as
 * empty boxes, which is the worst failure a Chinese kiosk can have.
 */
public final class KioskFonts {

    public static final String FAMILY = "WenQuanYi Micro Hei";
    private static final Logger LOG = LoggerFactory.getLogger(KioskFonts.class);
    private static final List<Path> FILES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"));

    private KioskFonts() {
    }

    /** Loads the font file directly when the family is not registered; returns whether the family is usable. */
    public static boolean ensureLoaded() {
        if (Font.getFamilies().contains(FAMILY)) {
            return true;
        }
        for (Path file : FILES) {
            if (Files.isRegularFile(file)) {
                Font font = Font.loadFont(file.toUri().toString(), 24);
                if (font != null && Font.getFamilies().contains(FAMILY)) {
                    return true;
                }
            }
        }
        LOG.error("Font '{}' is not installed: Chinese text will not render. Install it with "
                + "'apt-get install fonts-wqy-microhei'.", FAMILY);
        return false;
    }
}
