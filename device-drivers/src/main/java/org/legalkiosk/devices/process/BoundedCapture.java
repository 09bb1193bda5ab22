package org.legalkiosk.devices.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads one of a program's output streams to its end on a thread of its own, so the program never stalls on a full
 * pipe, keeping at most a bound of it: the start ({@link #head}) or the end ({@link #tail}); the rest is read and
 * dropped.
 */
final class BoundedCapture {

    /** What was kept of a stream; {@code truncated} when more arrived than the bound. */
    record Kept(byte[] bytes, boolean truncated) {}

    private final int limit;
    private final boolean keepTail;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CountDownLatch finished = new CountDownLatch(1);
    private boolean truncated;

    private BoundedCapture(int limit, boolean keepTail) {
        this.limit = limit;
        this.keepTail = keepTail;
    }

    static BoundedCapture head(InputStream in, int limit, String threadName) {
        return new BoundedCapture(limit, false).start(in, threadName);
    }

    static BoundedCapture tail(InputStream in, int limit, String threadName) {
        return new BoundedCapture(limit, true).start(in, threadName);
    }

    private BoundedCapture start(InputStream in, String threadName) {
        Thread thread = new Thread(() -> drain(in), threadName);
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void drain(InputStream in) {
        byte[] chunk = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(chunk)) != -1) {
                append(chunk, n);
            }
        } catch (IOException e) {
            // the pipe closed under the reader (the program was killed): what arrived before is all there is
        } finally {
            finished.countDown();
        }
    }

    private synchronized void append(byte[] chunk, int n) {
        if (!keepTail) {
            int room = limit - buffer.size();
            buffer.write(chunk, 0, Math.min(room, n));
            truncated |= n > room;
            return;
        }
        buffer.write(chunk, 0, n);
        if (buffer.size() > limit) {
            truncated = true;
        }
        // compacting only once the buffer holds twice the bound keeps copying rare
        if (buffer.size() > 2 * limit) {
            byte[] all = buffer.toByteArray();
            buffer.reset();
            buffer.write(all, all.length - limit, limit);
        }
    }

    /**
     * What was kept once the stream ended, or after {@code grace} what had arrived by then: a program's own child
     * can hold the pipe open after the program exited, and must not hold the caller too.
     */
    Kept await(Duration grace) throws InterruptedException {
        finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
        synchronized (this) {
            byte[] all = buffer.toByteArray();
            byte[] kept = all.length <= limit ? all : Arrays.copyOfRange(all, all.length - limit, all.length);
            return new Kept(kept, truncated);
        }
    }
}
