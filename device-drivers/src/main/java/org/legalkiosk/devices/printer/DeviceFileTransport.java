package org.legalkiosk.devices.printer;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A printer device file such as {@code /dev/usb/lp0} (kernel {@code usblp}, group {@code lp}). Reads work
 * only on bidirectional printers; the kernel gives no read timeout, so reads poll {@code available()} until
 * the timeout, and a printer that never answers simply reads as silence.
 */
public final class DeviceFileTransport implements PrinterTransport {

    private static final long POLL_MILLIS = 10;

    private final Path path;
    private final Duration readTimeout;
    private FileOutputStream out;
    private FileInputStream in;

    public DeviceFileTransport(Path path, Duration readTimeout) {
        this.path = path;
        this.readTimeout = readTimeout;
    }

    @Override
    public synchronized void open() throws IOException {
        if (out != null) {
            return;
        }
        if (!Files.exists(path)) {
            throw new IOException(path + " does not exist (printer unplugged or powered off?)");
        }
        out = new FileOutputStream(path.toFile(), true);
        try {
            in = Files.isRegularFile(path) ? null : new FileInputStream(path.toFile());
        } catch (IOException e) {
            // write-only printers are common; status then reads as silence
            in = null;
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return out != null;
    }

    @Override
    public synchronized void write(byte[] data) throws IOException {
        if (out == null) {
            throw new IOException("not open: " + path);
        }
        out.write(data);
        out.flush();
    }

    @Override
    public synchronized int read() throws IOException {
        if (out == null) {
            throw new IOException("not open: " + path);
        }
        if (!Files.exists(path)) {
            throw new IOException(path + " disappeared");
        }
        if (in == null) {
            return -1;
        }
        long deadline = System.nanoTime() + readTimeout.toNanos();
        try {
            while (true) {
                if (available() > 0) {
                    return in.read();
                }
                if (System.nanoTime() >= deadline) {
                    return -1;
                }
                // wait, not sleep: the monitor is released meanwhile, so close() from another thread is not held
                // up for the whole read timeout
                wait(POLL_MILLIS);
                if (out == null) {
                    throw new IOException("closed while reading: " + path);
                }
                // an unplugged USB printer loses its device file; without this check an unplug while waiting for
                // the answer after a job would read as a printer that merely keeps quiet, and the job as printed
                if (!Files.exists(path)) {
                    throw new IOException(path + " disappeared");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private int available() {
        try {
            return in.available();
        } catch (IOException e) {
            // usblp answers reads with an error on unidirectional printers: that is silence, not loss
            return 0;
        }
    }

    @Override
    public synchronized void discardInput() {
        if (in == null) {
            return;
        }
        try {
            while (in.available() > 0) {
                in.read();
            }
        } catch (IOException ignored) {
            // see read(): not every device file can be read
        }
    }

    @Override
    public String describe() {
        return "file:" + path;
    }

    @Override
    public synchronized void close() {
        closeQuietly(out);
        closeQuietly(in);
        out = null;
        in = null;
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // nothing useful to do with a failure to close a device file
            }
        }
    }
}
