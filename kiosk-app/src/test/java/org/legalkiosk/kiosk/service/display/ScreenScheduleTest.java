package org.legalkiosk.kiosk.service.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.legalkiosk.kiosk.config.DisplaySettings;

class ScreenScheduleTest {

    private static final ZoneId CHINA = ZoneOffset.ofHours(8);

    /** A clock the test moves by hand. */
    private static final class FakeClock extends Clock {
        private Instant now;

        FakeClock(String localDateTime) {
            set(localDateTime);
        }

        void set(String localDateTime) {
            now = LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant();
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return CHINA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SimulatedDisplayPower power = new SimulatedDisplayPower();

    private static Optional<DisplaySettings> hours(String from, String until) {
        return Optional.of(new DisplaySettings(from, until));
    }

    @Test
    void duringTheAwakeHoursTheScreenStaysOnHoweverLongNobodyTouchesIt() {
        FakeClock clock = new FakeClock("2026-12-01T08:00");
        ScreenSchedule schedule = new ScreenSchedule(hours("07:30", "18:00"), power, clock);
        schedule.check();
        clock.set("2026-12-01T17:59");
        schedule.check();
        assertEquals(List.of(true), power.changes(), "told on once, then left alone");
        assertTrue(schedule.awakeHours());
    }

    @Test
    void atNightTheScreenGoesDarkAfterTwoMinutesWithoutATouchAndATouchLightsIt() {
        FakeClock clock = new FakeClock("2026-12-01T17:59");
        ScreenSchedule schedule = new ScreenSchedule(hours("07:30", "18:00"), power, clock);
        schedule.check();
        clock.set("2026-12-01T18:00");
        schedule.check();
        assertTrue(power.isOn(), "the last touch (start) was only a minute ago");
        clock.set("2026-12-01T18:01");
        schedule.check();
        assertFalse(power.isOn(), "two minutes after the last touch, outside the awake hours");
        assertFalse(schedule.isOn());
        clock.set("2026-12-01T23:00");
        schedule.check();
        assertEquals(List.of(true, false), power.changes(), "a dark screen is not told again");

        schedule.activity();
        schedule.check();
        assertTrue(power.isOn(), "a touch at night lights the screen");
        clock.advance(ScreenSchedule.NIGHT_IDLE.minusSeconds(1));
        schedule.check();
        assertTrue(power.isOn());
        clock.advance(Duration.ofSeconds(1));
        schedule.check();
        assertFalse(power.isOn(), "dark again once nobody touched it for the night wait");

        clock.set("2026-12-02T07:30");
        schedule.check();
        assertTrue(power.isOn(), "the morning lights the screen without a touch");
        assertEquals(List.of(true, false, true, false, true), power.changes());
    }

    @Test
    void awakeHoursMayRunPastMidnight() {
        FakeClock clock = new FakeClock("2026-12-01T01:00");
        ScreenSchedule schedule = new ScreenSchedule(hours("20:00", "02:00"), power, clock);
        clock.advance(Duration.ofMinutes(10));
        schedule.check();
        assertTrue(power.isOn(), "01:10 is inside 20:00–02:00");
        clock.set("2026-12-01T02:30");
        schedule.check();
        assertFalse(power.isOn());
        clock.set("2026-12-01T20:00");
        schedule.check();
        assertTrue(power.isOn());
    }

    @Test
    void withoutADisplaySectionTheScreenIsAlwaysOn() {
        FakeClock clock = new FakeClock("2026-12-01T03:00");
        ScreenSchedule schedule = new ScreenSchedule(Optional.empty(), power, clock);
        schedule.check();
        clock.advance(Duration.ofHours(5));
        schedule.check();
        assertEquals(List.of(true), power.changes());
    }

    @Test
    void aScheduleThatFailsValidationIsRefusedWithTheSettingsMessage() {
        FakeClock clock = new FakeClock("2026-12-01T03:00");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new ScreenSchedule(hours("7:30am", "18:00"), power, clock));
        assertTrue(e.getMessage().contains("display.awakeFrom"), e.getMessage());
    }

    @Test
    void startedItLightsADarkScreenFromItsOwnThreadAtATouch() throws Exception {
        FakeClock clock = new FakeClock("2026-12-01T22:00");
        try (ScreenSchedule schedule = new ScreenSchedule(hours("07:30", "18:00"), power, clock)) {
            clock.advance(Duration.ofMinutes(5));
            schedule.start();
            while (power.isOn()) {
                Thread.sleep(10);
            }
            schedule.activity();
            while (!power.isOn()) {
                Thread.sleep(10);
            }
            assertEquals(List.of(false, true), power.changes());
        }
    }

    @Test
    void theCurtainIsToldTheStateWhenItAttachesAndEachChangeAfter() {
        CurtainDisplayPower curtainPower = new CurtainDisplayPower();
        FakeClock clock = new FakeClock("2026-12-01T22:00");
        ScreenSchedule schedule = new ScreenSchedule(hours("07:30", "18:00"), curtainPower, clock);
        clock.advance(Duration.ofMinutes(3));
        schedule.check();
        List<Boolean> seen = new java.util.ArrayList<>();
        curtainPower.attach(seen::add);
        schedule.activity();
        schedule.check();
        assertEquals(List.of(true, false), seen, "drawn when it attached at night, lifted by the touch");
        assertEquals("curtain", schedule.mechanism());
    }

    @Test
    void theNightWaitFromKioskYamlReplacesTheDefault() {
        FakeClock clock = new FakeClock("2026-12-01T22:00");
        ScreenSchedule schedule =
                new ScreenSchedule(Optional.of(new DisplaySettings("07:30", "21:00", 10)), power, clock);
        clock.advance(Duration.ofMinutes(9));
        schedule.check();
        assertTrue(power.isOn(), "nine minutes after the last touch, with a ten-minute night wait");
        clock.advance(Duration.ofMinutes(1));
        schedule.check();
        assertFalse(power.isOn(), "ten minutes: dark");
    }
}
