package org.legalkiosk.devices.idcard;

import java.util.Arrays;

/** A request body: CMD, PARA and optional data. */
public record SamRequest(int cmd, int para, byte[] data) {

    public SamRequest {
        data = data == null ? new byte[0] : data.clone();
    }

    public static SamRequest fromBody(byte[] body) throws SamProtocolException {
        if (body.length < 2) {
            throw new SamProtocolException(SamProtocolException.Kind.BAD_LENGTH, "request without CMD and PARA");
        }
        return new SamRequest(body[0] & 0xFF, body[1] & 0xFF, Arrays.copyOfRange(body, 2, body.length));
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public String toString() {
        return String.format("SamRequest[%02X %02X, %d data bytes]", cmd, para, data.length);
    }
}
