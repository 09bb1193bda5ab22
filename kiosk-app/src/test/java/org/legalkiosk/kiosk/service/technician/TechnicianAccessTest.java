package org.legalkiosk.kiosk.service.technician;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.legalkiosk.kiosk.config.PinHash;
import org.legalkiosk.kiosk.config.TechnicianSettings;

class TechnicianAccessTest {

    /** A clock the test moves by hand, so the 15-minute lockout passes without waiting. */
    private static final class StepClock extends java.time.Clock {
        private Instant now;

        StepClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final PinHash PIN = PinHash.of("246810", new SecureRandom());

    @Test
    void aPinHashMatchesItsPinOnlyAndSurvivesTheSettingsFile() {
        PinHash parsed = PinHash.parse(PIN.encoded()).orElseThrow();
        assertTrue(parsed.matches("246810"));
        assertFalse(parsed.matches("246811"));
        assertFalse(parsed.matches(""));
        assertFalse(PIN.encoded().contains("246810"), "the PIN itself is not in the file");
        assertNotEquals(PIN.encoded(), PinHash.of("246810", new SecureRandom()).encoded(), "salted");
        assertFalse(PinHash.acceptable("12345"), "at least six digits");
        assertFalse(PinHash.acceptable("12345a"));
        assertTrue(PinHash.acceptable("123456"));
    }

    @Test
    void theSettingsSectionRefusesAnythingButAWellFormedHash() {
        assertEquals(Optional.empty(), new TechnicianSettings(null).problem(), "no PIN: the screen stays closed");
        assertEquals(Optional.empty(), new TechnicianSettings(PIN.encoded()).problem());
        assertTrue(
                new TechnicianSettings("246810").problem().orElseThrow().contains("technician.pinHash"),
                "a PIN written in clear is refused");
        assertTrue(new TechnicianSettings(" ").problem().isPresent());
        assertTrue(new TechnicianSettings("pbkdf2-sha256:1:AAAA:AAAA").problem().isPresent(), "too few iterations");
    }

    @Test
    void fiveWrongPinsLockForFifteenMinutesAndEveryTryIsAudited() {
        StepClock clock = new StepClock(Instant.parse("2026-12-01T08:00:00Z"));
        RecordingAudit audit = new RecordingAudit();
        TechnicianAccess access = new TechnicianAccess(Optional.of(PIN), audit, clock);
        for (int i = 1; i < TechnicianAccess.MAX_FAILURES; i++) {
            assertEquals(TechnicianAccess.Result.WRONG, access.tryPin("000000"));
            assertEquals(TechnicianAccess.MAX_FAILURES - i, access.triesLeft());
        }
        assertEquals(TechnicianAccess.Result.LOCKED, access.tryPin("000000"), "the fifth wrong try locks");
        assertEquals(TechnicianAccess.Result.LOCKED, access.tryPin("246810"), "even the right PIN while locked");
        clock.advance(TechnicianAccess.LOCKOUT.minus(Duration.ofSeconds(1)));
        assertEquals(TechnicianAccess.Result.LOCKED, access.tryPin("246810"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(TechnicianAccess.Result.OPEN, access.tryPin("246810"), "open again after 15 minutes");
        assertEquals(TechnicianAccess.MAX_FAILURES, access.triesLeft());

        assertEquals(8, audit.entries.size());
        assertEquals(401, audit.entries.get(0).status());
        assertEquals(423, audit.entries.get(4).status());
        assertTrue(
                audit.entries.get(4).detail().contains("locked until"),
                audit.entries.get(4).detail());
        assertEquals(200, audit.entries.get(7).status());
        assertTrue(
                audit.entries.stream()
                        .noneMatch(
                                e -> e.detail().contains("246810") || e.detail().contains("000000")),
                "no PIN in the log");
        assertTrue(audit.entries.stream().allMatch(e -> e.role().equals("technician")));
    }

    @Test
    void aRightPinResetsTheCountOfWrongOnes() {
        TechnicianAccess access = new TechnicianAccess(
                Optional.of(PIN), new RecordingAudit(), new StepClock(Instant.parse("2026-12-01T08:00:00Z")));
        for (int i = 0; i < 4; i++) {
            access.tryPin("1");
        }
        assertEquals(TechnicianAccess.Result.OPEN, access.tryPin("246810"));
        for (int i = 0; i < 4; i++) {
            assertEquals(TechnicianAccess.Result.WRONG, access.tryPin("1"));
        }
    }

    @Test
    void withoutAPinNothingOpens() {
        TechnicianAccess access = new TechnicianAccess(
                Optional.empty(), new RecordingAudit(), new StepClock(Instant.parse("2026-12-01T08:00:00Z")));
        assertFalse(access.setUp());
        assertEquals(TechnicianAccess.Result.NOT_SET_UP, access.tryPin("246810"));
    }

    @Test
    void fiveTapsInTheCornerWithinThreeSecondsOpenTheWay() {
        AtomicLong nanos = new AtomicLong();
        CornerTaps taps = new CornerTaps(nanos::get);
        assertTrue(CornerTaps.inCorner(10, 1070, 1080));
        assertFalse(CornerTaps.inCorner(10, 500, 1080));
        assertFalse(CornerTaps.inCorner(500, 1070, 1080));
        for (int i = 0; i < 4; i++) {
            assertFalse(taps.tap());
            nanos.addAndGet(700_000_000L);
        }
        assertTrue(taps.tap(), "the fifth within 2.8 s");
        for (int i = 0; i < 4; i++) {
            assertFalse(taps.tap());
            nanos.addAndGet(1_000_000_000L);
        }
        assertFalse(taps.tap(), "five taps spread over 4 s are not the gesture");
        taps.elsewhere();
        for (int i = 0; i < 4; i++) {
            taps.tap();
        }
        taps.elsewhere();
        assertFalse(taps.tap(), "a tap elsewhere breaks the sequence");
    }
}
