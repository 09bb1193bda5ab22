package org.legalkiosk.kiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DisplaySettingsTest {

    @Test
    void openingHoursKeepTheScreenAwakeAndTheNightLetsItBlank() {
        DisplaySettings day = new DisplaySettings("07:30", "21:00");
        assertEquals(Optional.empty(), day.problem());
        assertTrue(day.awakeAt(LocalTime.of(7, 30)));
        assertTrue(day.awakeAt(LocalTime.of(20, 59)));
        assertFalse(day.awakeAt(LocalTime.of(21, 0)));
        assertFalse(day.awakeAt(LocalTime.of(3, 0)));
    }

    @Test
    void anAwakeTimePastMidnightWrapsAround() {
        DisplaySettings evening = new DisplaySettings("18:00", "02:00");
        assertTrue(evening.awakeAt(LocalTime.of(23, 0)));
        assertTrue(evening.awakeAt(LocalTime.of(1, 59)));
        assertFalse(evening.awakeAt(LocalTime.of(12, 0)));
    }

    @Test
    void badTimesAreNamedWithTheirSetting() {
        assertEquals(
                "display.awakeFrom must be a time HH:mm, not 7am",
                new DisplaySettings("7am", "21:00").problem().orElseThrow());
        assertEquals(
                "display.awakeUntil must be a time HH:mm, not 25:00",
                new DisplaySettings("07:00", "25:00").problem().orElseThrow());
        assertTrue(new DisplaySettings("07:00", null).problem().orElseThrow().contains("go together"));
        assertTrue(new DisplaySettings("07:00", "07:00").problem().orElseThrow().contains("same time"));
    }

    @Test
    void theNightWaitIsTwoMinutesUnlessSetWithinAnHour() {
        assertEquals(java.time.Duration.ofMinutes(2), new DisplaySettings("07:00", "21:00").nightIdle());
        DisplaySettings evening = new DisplaySettings("07:00", "21:00", 10);
        assertEquals(Optional.empty(), evening.problem());
        assertEquals(java.time.Duration.ofMinutes(10), evening.nightIdle());
        assertEquals(
                "display.nightIdleMinutes must be 1 to 60 (minutes the screen stays lit at night after a touch), not 0",
                new DisplaySettings("07:00", "21:00", 0).problem().orElseThrow());
        assertTrue(new DisplaySettings("07:00", "21:00", 61).problem().isPresent());
    }

    @Test
    void theNightWaitIsReadFromKioskYaml(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) throws Exception {
        java.nio.file.Files.writeString(
                data.resolve("kiosk.yaml"),
                "display:\n  awakeFrom: \"07:30\"\n  awakeUntil: \"21:00\"\n  nightIdleMinutes: 5\n");
        assertEquals(
                java.time.Duration.ofMinutes(5),
                KioskSettings.read(data).display().nightIdle());
    }
}
