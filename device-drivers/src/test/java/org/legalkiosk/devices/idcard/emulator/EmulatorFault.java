package org.legalkiosk.devices.idcard.emulator;

import java.util.Objects;

import org.legalkiosk.devices.idcard.SamCommand;
import org.legalkiosk.devices.idcard.SamStatus;

/**
 * Something the emulated reader does wrong when it receives one command.
 *
 * @param command the command whose answer goes wrong
 * @param kind    what goes wrong
 * @param status  the status answered, for {@link Kind#STATUS}
 */
public record EmulatorFault(SamCommand command, Kind kind, SamStatus status) {

    public enum Kind {
        /** Answer with the given SW3 and no data. */
        STATUS,
        /** Answer nothing: the driver's read times out. */
        SILENCE,
        /** A complete answer whose checksum byte is wrong. */
        BAD_CHECKSUM,
        /** Noise bytes only, no frame. */
        GARBAGE,
        /** Noise bytes, then the right answer: the driver must find the preamble. */
        GARBAGE_THEN_ANSWER,
        /** The first half of the answer, then nothing. */
        TRUNCATED,
        /** The first half of the answer, then the cable is pulled (the emulator's unplug action runs). */
        UNPLUG
    }

    public EmulatorFault {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.STATUS) {
            Objects.requireNonNull(status, "status");
        }
    }

    public static EmulatorFault status(SamCommand command, SamStatus status) {
        return new EmulatorFault(command, Kind.STATUS, status);
    }

    public static EmulatorFault of(SamCommand command, Kind kind) {
        return new EmulatorFault(command, kind, null);
    }
}
