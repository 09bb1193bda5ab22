package org.legalkiosk.kiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskSettingsTest {

    @TempDir
    Path data;

    private KioskSettings read(String yaml) throws Exception {
        Files.writeString(data.resolve(KioskSettings.FILE_NAME), yaml);
        return KioskSettings.read(data);
    }

    @Test
    void thePullSectionIsReadWithDefaultsForWhatItLeavesOut() throws Exception {
        KioskSettings s = read("pull:\n  channel: https://cdn.example.org/legalkiosk/stable/channel.json\n");
        assertEquals(
                "https://cdn.example.org/legalkiosk/stable/channel.json",
                s.pull().channel());
        assertNull(s.pull().intervalMinutes());
        assertEquals(15, s.pull().intervalOrDefault());
        assertEquals(0.1, s.pull().jitterOrDefault());

        KioskSettings full =
                read("pull:\n  channel: http://10.0.0.5:8080/c.json\n  intervalMinutes: 1440\n  jitter: 0\n");
        assertEquals(1440, full.pull().intervalOrDefault());
        assertEquals(0.0, full.pull().jitterOrDefault());
        assertNull(read("idleTimeoutSeconds: 60\n").pull(), "no section, no pull");
    }

    @Test
    void aPullSectionThatCannotWorkIsRefusedNamingTheFileAndTheField() {
        String[][] cases = {
            {"pull:\n  intervalMinutes: 5\n", "pull.channel is required"},
            {"pull:\n  channel: ftp://example.org/c.json\n", "http or https"},
            {"pull:\n  channel: /srv/channel.json\n", "http or https"},
            {"pull:\n  channel: https://u:p@example.org/c.json\n", "without user name"},
            {"pull:\n  channel: https://example.org/c.json\n  intervalMinutes: 0\n", "pull.intervalMinutes"},
            {"pull:\n  channel: https://example.org/c.json\n  intervalMinutes: 1441\n", "pull.intervalMinutes"},
            {"pull:\n  channel: https://example.org/c.json\n  jitter: 0.6\n", "pull.jitter"},
            {"pull:\n  channel: https://example.org/c.json\n  jitter: -0.1\n", "pull.jitter"},
            {"pull:\n  channel: https://example.org/c.json\n  interval: 5\n", "interval"},
        };
        for (String[] c : cases) {
            KioskSettings.InvalidSettingsException e =
                    assertThrows(KioskSettings.InvalidSettingsException.class, () -> read(c[0]), c[0]);
            assertTrue(
                    e.getMessage().contains(KioskSettings.FILE_NAME)
                            && e.getMessage().contains(c[1]),
                    c[0] + " -> " + e.getMessage());
        }
    }

    @Test
    void theAttractDelayIsReadAndKeptWithinSenseWhenSet() throws Exception {
        assertEquals(300, read("idleTimeoutSeconds: 60\n").attractAfterSecondsOrDefault(300), "the default when unset");
        assertEquals(120, read("attractAfterSeconds: 120\n").attractAfterSecondsOrDefault(300));
        for (String bad : new String[] {"attractAfterSeconds: 5\n", "attractAfterSeconds: 7200\n"}) {
            KioskSettings.InvalidSettingsException e =
                    assertThrows(KioskSettings.InvalidSettingsException.class, () -> read(bad), bad);
            assertTrue(e.getMessage().contains("attractAfterSeconds must be between 30 and 3600"), e.getMessage());
        }
    }

    @Test
    void theVisitorSectionPacesTheIdleWarningAndTheReviewNotice() throws Exception {
        VisitorSettings none =
                VisitorSettings.orDefault(read("idleTimeoutSeconds: 60\n").visitor());
        assertEquals(java.time.Duration.ofSeconds(20), none.idleWarning(), "20 s by default");
        assertEquals(365, none.reviewAfterDaysOrDefault());
        VisitorSettings set = read("visitor:\n  idleWarningSeconds: 45\n  reviewAfterDays: 180\n")
                .visitor();
        assertEquals(java.time.Duration.ofSeconds(45), set.idleWarning());
        assertEquals(180, set.reviewAfterDaysOrDefault());
        String[][] cases = {
            {"visitor:\n  idleWarningSeconds: 3\n", "visitor.idleWarningSeconds must be between 10 and 120, not 3"},
            {"visitor:\n  idleWarningSeconds: 600\n", "visitor.idleWarningSeconds must be between 10 and 120"},
            {"visitor:\n  reviewAfterDays: 7\n", "visitor.reviewAfterDays must be between 30 and 3650, not 7"},
            {"visitor:\n  idleWarning: 20\n", "idleWarning"},
        };
        for (String[] c : cases) {
            KioskSettings.InvalidSettingsException e =
                    assertThrows(KioskSettings.InvalidSettingsException.class, () -> read(c[0]), c[0]);
            assertTrue(e.getMessage().contains(c[1]), c[0] + " -> " + e.getMessage());
        }
    }
}
