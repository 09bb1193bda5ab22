package org.legalkiosk.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.kiosk.config.DevicesFile;
import org.legalkiosk.kiosk.config.KioskSettings;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files an installer copies onto a terminal agree with each other and with the kiosk. */
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
    void theServiceStartsTheSessionScriptThatInstallPutsInPlace() throws Exception {
        String unit = Files.readString(DEPLOY.resolve("systemd/legalkiosk.service"));
        String install = Files.readString(DEPLOY.resolve("install.sh"));
        String session = Files.readString(DEPLOY.resolve("bin/legalkiosk-session"));
        assertTrue(unit.contains("ExecStart=/opt/legalkiosk/bin/legalkiosk-session"));
        assertTrue(install.contains("/opt/legalkiosk/bin/legalkiosk-session"));
        assertTrue(install.contains("/opt/legalkiosk/legalkiosk.jar"));
        assertTrue(session.contains("-jar /opt/legalkiosk/legalkiosk.jar run --data-dir /var/lib/legalkiosk"));
        assertTrue(unit.contains("ReadWritePaths=/var/lib/legalkiosk"));
        assertTrue(Files.isExecutable(DEPLOY.resolve("install.sh")));
        assertTrue(Files.isExecutable(DEPLOY.resolve("bin/legalkiosk-session")));
    }

    @Test
    void theShellScriptsParse() throws Exception {
        for (String script : new String[] {"install.sh", "bin/legalkiosk-session"}) {
            Process p = new ProcessBuilder("sh", "-n", DEPLOY.resolve(script).toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), script + ": " + out);
        }
    }
}
