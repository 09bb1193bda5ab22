package org.legalkiosk.devices.idcard;

import java.util.Arrays;
import java.util.Optional;

/** An answer body: SW1 SW2 (the card's status), SW3 (the reader's status) and data. */
public record SamResponse(int sw1, int sw2, int sw3, byte[] data) {

    public SamResponse {
        data = data == null ? new byte[0] : data.clone();
    }

    public static SamResponse of(SamStatus status, byte[] data) {
        return new SamResponse(0, 0, status.code(), data);
    }

    public static SamResponse fromBody(byte[] body) throws SamProtocolException {
        if (body.length < 3) {
            throw new SamProtocolException(SamProtocolException.Kind.BAD_LENGTH, "answer without SW1 SW2 SW3");
        }
        return new SamResponse(
                body[0] & 0xFF, body[1] & 0xFF, body[2] & 0xFF, Arrays.copyOfRange(body, 3, body.length));
    }

    /** The status, empty for a code the protocol does not define. */
    public Optional<SamStatus> status() {
        return SamStatus.of(sw3);
    }

    public byte[] toFrame() {
        byte[] body = new byte[3 + data.length];
        body[0] = (byte) sw1;
        body[1] = (byte) sw2;
        body[2] = (byte) sw3;
        System.arraycopy(data, 0, body, 3, data.length);
        return SamFrame.encode(body);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public String toString() {
        return String.format("SamResponse[SW3=%02X, %d data bytes]", sw3, data.length);
    }
}
