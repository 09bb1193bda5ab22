package org.legalkiosk.devices.idcard;

import java.io.IOException;
import java.time.Duration;

/**
 * Reads one frame at a time from a byte stream with deadlines: skips noise until the preamble, then reads the
 * length and the rest. Nothing here blocks longer than the deadline plus one poll of the input.
 */
public final class SamFrameReader {

    /** A byte source that waits at most a short, fixed poll time. */
    @FunctionalInterface
    public interface Input {
        /** Bytes read (0 when none arrived within the poll time), or -1 when the stream has ended. */
        int read(byte[] buffer, int offset, int length) throws IOException;
    }

    private final Input input;

    public SamFrameReader(Input input) {
        this.input = input;
    }

    /**
     * The body of the next frame.
     *
     * @param firstByteTimeout how long to wait for anything to arrive
     * @param frameTimeout     once something arrived, how long the rest of the frame may take
     */
    public byte[] readBody(Duration firstByteTimeout, Duration frameTimeout) throws IOException {
        long firstDeadline = System.nanoTime() + firstByteTimeout.toNanos();
        int first = readByte(firstDeadline);
        long deadline = System.nanoTime() + frameTimeout.toNanos();
        int matched = 0;
        int next = first;
        while (true) {
            byte b = (byte) next;
            if (b == SamFrame.PREAMBLE[matched]) {
                matched++;
                if (matched == SamFrame.PREAMBLE.length) {
                    break;
                }
            } else if (b == SamFrame.PREAMBLE[0]) {
                // AA AA AA AA: the last three may still begin the preamble; AA AA AA 96 AA: only the last one
                matched = matched == 3 ? 3 : 1;
            } else {
                matched = 0;
            }
            next = readByte(deadline);
        }
        byte high = (byte) readByte(deadline);
        byte low = (byte) readByte(deadline);
        int length = SamFrame.lengthOf(high, low);
        if (length < 3 || length > SamFrame.MAX_LENGTH) {
            throw new SamProtocolException(SamProtocolException.Kind.BAD_LENGTH, "impossible length " + length);
        }
        byte[] frame = new byte[7 + length];
        System.arraycopy(SamFrame.PREAMBLE, 0, frame, 0, 5);
        frame[5] = high;
        frame[6] = low;
        readFully(frame, 7, length, deadline);
        SamFrame.verify(frame);
        byte[] body = new byte[length - 1];
        System.arraycopy(frame, 7, body, 0, body.length);
        return body;
    }

    public SamResponse readResponse(Duration timeout) throws IOException {
        return SamResponse.fromBody(readBody(timeout, timeout));
    }

    private int readByte(long deadline) throws IOException {
        byte[] one = new byte[1];
        readFully(one, 0, 1, deadline);
        return one[0] & 0xFF;
    }

    private void readFully(byte[] buffer, int offset, int length, long deadline) throws IOException {
        int done = 0;
        while (done < length) {
            int n = input.read(buffer, offset + done, length - done);
            if (n < 0) {
                throw closed();
            }
            done += n;
            if (done < length && System.nanoTime() - deadline > 0) {
                throw new SamProtocolException(
                        SamProtocolException.Kind.NO_ANSWER,
                        done == 0 && offset == 0 ? "no answer" : "incomplete frame");
            }
        }
    }

    private static SamProtocolException closed() {
        return new SamProtocolException(SamProtocolException.Kind.CLOSED, "port closed");
    }
}
