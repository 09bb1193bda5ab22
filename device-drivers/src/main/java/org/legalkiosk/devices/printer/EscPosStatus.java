package org.legalkiosk.devices.printer;

import org.legalkiosk.devices.DeviceState;

/**
 * The answers to the four real-time status queries ({@code DLE EOT 1..4}), decoded. A byte that does not
 * look like a status reply (bit 0 or 7 set, or bits 1 and 4 clear) is ignored: some clones send junk.
 */
public record EscPosStatus(
        boolean offline,
        boolean coverOpen,
        boolean paperOut,
        boolean paperNearEnd,
        boolean error,
        boolean recoverableError,
        boolean cutterError,
        boolean unrecoverableError) {

    public static final EscPosStatus HEALTHY = new EscPosStatus(false, false, false, false, false, false, false, false);

    /** Each argument is the reply byte to {@code DLE EOT n}, or -1 when that query went unanswered. */
    public static EscPosStatus decode(int printer, int offlineCause, int errorCause, int paperSensor) {
        printer = valid(printer);
        offlineCause = valid(offlineCause);
        errorCause = valid(errorCause);
        paperSensor = valid(paperSensor);
        return new EscPosStatus(
                bit(printer, 3),
                bit(offlineCause, 2),
                bit(offlineCause, 5) || bit(paperSensor, 5) || bit(paperSensor, 6),
                bit(paperSensor, 2) || bit(paperSensor, 3),
                bit(offlineCause, 6),
                bit(errorCause, 2) || bit(errorCause, 6),
                bit(errorCause, 3),
                bit(errorCause, 5));
    }

    /** A reply byte has bits 1 and 4 set and bits 0 and 7 clear. */
    public static boolean isStatusByte(int b) {
        return b >= 0 && (b & 0x93) == 0x12;
    }

    private static int valid(int b) {
        return isStatusByte(b) ? b : 0;
    }

    private static boolean bit(int value, int bit) {
        return (value & (1 << bit)) != 0;
    }

    /** True when a job sent now would not print. A near-end roll still prints. */
    public boolean blocksPrinting() {
        return offline || coverOpen || paperOut || error || cutterError || unrecoverableError;
    }

    /** The most useful thing to tell a person, most urgent first. */
    public Condition condition() {
        if (coverOpen) {
            return new Condition(DeviceState.NEEDS_ATTENTION, "cover-open", "The printer cover is open");
        }
        if (paperOut) {
            return new Condition(DeviceState.NEEDS_ATTENTION, "paper-out", "The printer is out of paper");
        }
        if (cutterError) {
            return new Condition(DeviceState.NEEDS_ATTENTION, "cutter-error", "The paper cutter is jammed");
        }
        if (unrecoverableError) {
            return new Condition(
                    DeviceState.NEEDS_ATTENTION, "printer-error", "The printer reports an error that needs a restart");
        }
        if (error || recoverableError) {
            return new Condition(DeviceState.NEEDS_ATTENTION, "recoverable-error", "The printer reports an error");
        }
        if (offline) {
            return new Condition(DeviceState.NEEDS_ATTENTION, "offline", "The printer is offline");
        }
        if (paperNearEnd) {
            return new Condition(
                    DeviceState.NEEDS_ATTENTION,
                    "paper-near-end",
                    "The paper roll is nearly used up; printing still works");
        }
        return new Condition(DeviceState.READY, "", "");
    }

    public record Condition(DeviceState state, String reason, String description) {}
}
