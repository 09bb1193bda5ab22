package org.legalkiosk.devices.idcard;

import java.io.IOException;

/** A frame that did not arrive, arrived damaged, or a link that went away while waiting for one. */
public class SamProtocolException extends IOException {

    public enum Kind {
        /** Nothing, or not a whole frame, before the deadline. */
        NO_ANSWER,
        BAD_CHECKSUM,
        BAD_LENGTH,
        MALFORMED,
        /** The port reported end of stream: the device was unplugged. */
        CLOSED
    }

    private final Kind kind;

    public SamProtocolException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
