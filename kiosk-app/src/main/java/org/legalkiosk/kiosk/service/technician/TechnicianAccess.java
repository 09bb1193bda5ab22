package org.legalkiosk.kiosk.service.technician;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.legalkiosk.kiosk.config.PinHash;
import org.legalkiosk.kiosk.store.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may open the technician screen: the PIN from {@code kiosk.yaml} ({@code technician: pinHash:}), five wrong
 * tries in a row lock it for 15 minutes, and every try, right, wrong or refused while locked, goes into the same
 * audit log as the agent's changes, so the county can see who got in and who tried.
 */
public final class TechnicianAccess {

    private static final Logger LOG = LoggerFactory.getLogger(TechnicianAccess.class);
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    static final String PATH = "/technician/unlock";

    public enum Result {
        OPEN,
        WRONG,
        LOCKED,
        NOT_SET_UP
    }

    private final Optional<PinHash> pin;
    private final AuditLog audit;
    private final Clock clock;
    private int failures;
    private Instant lockedUntil;

    public TechnicianAccess(Optional<PinHash> pin, AuditLog audit, Clock clock) {
        this.pin = pin;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a PIN is set at all; without one the gesture does nothing. */
    public boolean setUp() {
        return pin.isPresent();
    }

    /** Checks a PIN typed on the screen. */
    public synchronized Result tryPin(String typed) {
        Instant now = clock.instant();
        if (pin.isEmpty()) {
            return Result.NOT_SET_UP;
        }
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            record("PIN", 423, "refused: locked until " + lockedUntil);
            return Result.LOCKED;
        }
        if (lockedUntil != null) {
            lockedUntil = null;
            failures = 0;
        }
        if (pin.get().matches(typed)) {
            failures = 0;
            record("PIN", 200, "technician screen opened");
            return Result.OPEN;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCKOUT);
            record("PIN", 423, "wrong PIN " + failures + " times in a row: locked until " + lockedUntil);
            LOG.warn("Technician PIN locked after {} wrong tries, until {}", failures, lockedUntil);
            return Result.LOCKED;
        }
        record("PIN", 401, "wrong PIN (" + failures + " of " + MAX_FAILURES + ")");
        return Result.WRONG;
    }

    /** Tries left before the lockout (0 while locked). */
    public synchronized int triesLeft() {
        return locked() ? 0 : MAX_FAILURES - failures;
    }

    public synchronized boolean locked() {
        return lockedUntil != null && clock.instant().isBefore(lockedUntil);
    }

    /** Something done on the technician screen (a test print, a restart), for the audit log. */
    public void done(String what) {
        record("SCREEN", 200, what);
    }

    private void record(String method, int status, String detail) {
        try {
            audit.append(new AuditLog.Entry(
                    clock.instant().toString(),
                    null,
                    "technician screen",
                    "technician",
                    "local screen",
                    method,
                    PATH,
                    status,
                    detail));
        } catch (IOException e) {
            // The screen still answers; the log says the audit could not be written.
            LOG.error("Could not write the technician audit entry '{}': {}", detail, e.toString());
        }
    }
}
