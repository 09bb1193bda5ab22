package org.legalkiosk.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.kiosk.config.DevicesFile;
import org.legalkiosk.kiosk.config.KioskSettings;

/** The files a package puts onto a terminal agree with each other and with the kiosk. */
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("").toAbsolutePath();

    @Test
    void theExampleSettingsAreValidSettings(@TempDir Path data) throws Exception {
        Files.copy(DEPLOY.resolve("config/kiosk.example.yaml"), data.resolve(KioskSettings.FILE_NAME));
        KioskSettings settings = KioskSettings.read(data);
        assertEquals(90, settings.idleTimeoutSeconds());
        assertEquals("zh", settings.defaultLanguage());
        assertEquals(30, settings.bookingRetentionDays());
        assertTrue(settings.pull().problem().isEmpty(), "a usable pull section");
        assertTrue(settings.sync().endpoint().startsWith("https://"));
        assertEquals(7, DevicesFile.read(data.resolve(KioskSettings.FILE_NAME)).size(), "every device is well-formed");
    }

    @Test
    void theDefaultSettingsOfAFreshInstallAreValidSettings(@TempDir Path data) throws Exception {
        Files.copy(DEPLOY.resolve("files/usr/share/legalkiosk/kiosk.yaml"), data.resolve(KioskSettings.FILE_NAME));
        KioskSettings settings = KioskSettings.read(data);
        assertEquals(90, settings.idleTimeoutSeconds());
        assertEquals(30, settings.bookingRetentionDays());
    }

    @Test
    void theServiceStartsTheSessionThatStartsTheLauncherOnTheDataDirectory() throws Exception {
        String unit = Files.readString(DEPLOY.resolve("files/lib/systemd/system/legalkiosk.service"));
        String session = Files.readString(DEPLOY.resolve("files/usr/lib/legalkiosk/legalkiosk-session"));
        String postinst = Files.readString(DEPLOY.resolve("debian/postinst"));
        assertTrue(unit.contains("ExecStart=/usr/lib/legalkiosk/legalkiosk-session"));
        assertTrue(unit.contains("PAMName=legalkiosk"));
        assertTrue(Files.exists(DEPLOY.resolve("files/etc/pam.d/legalkiosk")));
        assertTrue(session.contains("/usr/bin/legalkiosk run --data-dir /var/lib/legalkiosk"));
        String cage = session.lines()
                .filter(l -> l.startsWith("exec /usr/bin/cage"))
                .findFirst()
                .orElseThrow();
        assertTrue(!cage.contains(" -s"), "cage without -s: no switching to a console: " + cage);
        assertTrue(postinst.contains("/usr/share/legalkiosk/kiosk.yaml"));
        for (String exec : new String[] {
            "usr/bin/legalkiosk",
            "usr/lib/legalkiosk/legalkiosk-session",
            "usr/lib/legalkiosk/legalkiosk-session-x11",
            "../debian/postinst",
            "../debian/prerm",
            "../debian/postrm"
        }) {
            assertTrue(Files.isExecutable(DEPLOY.resolve("files").resolve(exec)), exec);
        }
    }

    @Test
    void theShellScriptsParse() throws Exception {
        for (String script : new String[] {
            "files/usr/bin/legalkiosk",
            "files/usr/lib/legalkiosk/legalkiosk-session",
            "files/usr/lib/legalkiosk/legalkiosk-session-x11",
            "debian/postinst",
            "debian/prerm",
            "debian/postrm"
        }) {
            Process p = new ProcessBuilder("sh", "-n", DEPLOY.resolve(script).toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), script + ": " + out);
        }
    }
}
