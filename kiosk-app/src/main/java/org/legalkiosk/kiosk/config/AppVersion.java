package org.legalkiosk.kiosk.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version Maven wrote into the jar. It lives here, not in the command line, because the running kiosk (agent,
 * hub heartbeat, content store) reports it too, and the wiring must not import the command line that starts it.
 */
public final class AppVersion {

    private AppVersion() {}

    /** The build's version, or "unknown" when the jar carries none (a build from an IDE). */
    public static String current() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/legalkiosk/kiosk/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
