package org.legalkiosk.kiosk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the font the stylesheet names is there. The kiosk names one family, WenQuanYi Micro Hei, and ships
 * it in the jar instead of trusting fallback: without a CJK font Chinese renders as empty boxes, which is the
 * worst failure a Chinese kiosk can have. A system-wide copy (Debian {@code fonts-wqy-microhei}) is used when
 * present.
 */
public final class KioskFonts {

    public static final String FAMILY = "WenQuanYi Micro Hei";
    private static final Logger LOG = LoggerFactory.getLogger(KioskFonts.class);

    private KioskFonts() {}

    public static final String BUNDLED = "/org/legalkiosk/kiosk/fonts/wqy-microhei.ttc";

    /** JavaFX copies a font loaded from a stream to a temporary file: load it once per process, not per screen. */
    private static boolean loaded;

    /** Loads the bundled font (or the system's) unless the family is already registered; says if it is usable. */
    public static synchronized boolean ensureLoaded() {
        if (loaded || Font.getFamilies().contains(FAMILY)) {
            return true;
        }
        try (InputStream in = KioskFonts.class.getResourceAsStream(BUNDLED)) {
            if (in != null) {
                // Font.getFamilies() is a snapshot of the system's fonts; a font loaded from a stream is found by
                // name all the same, so check what was loaded.
                Font[] fonts = Font.loadFonts(in, 24);
                if (fonts != null && java.util.Arrays.stream(fonts).anyMatch(f -> FAMILY.equals(f.getFamily()))) {
                    loaded = true;
                    return true;
                }
            }
        } catch (IOException e) {
            LOG.warn("Bundled font unreadable: {}", e.getMessage());
        }
        LOG.error(
                "Font '{}' could not be loaded from the jar: Chinese text will not render. Install it with "
                        + "'apt-get install fonts-wqy-microhei'.",
                FAMILY);
        return false;
    }
}
