package org.legalkiosk.devices.printer.emulator;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.legalkiosk.devices.printer.ReceiptBlock;
import org.legalkiosk.devices.printer.ReceiptDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A network receipt printer on TCP (9100 on a real one; port 0 in tests): decodes every job back into
 * {@link ReceiptDocument}s (one per cut), answers {@code DLE EOT} like an Epson-compatible printer with
 * whatever faults are switched on, can be unplugged (now, or after a number of bytes, i.e. mid-job) and
 * plugged back in on the same port, and renders what it printed as a PNG.
 */
public final class EscPosEmulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EscPosEmulator.class);

    private final InetAddress bindAddress;
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final List<ReceiptDocument> receipts = new ArrayList<>();
    private final List<ReceiptDocument> unfinished = new ArrayList<>();
    private volatile ServerSocket server;
    private volatile int port;
    private volatile boolean paperOut;
    private volatile boolean paperNearEnd;
    private volatile boolean coverOpen;
    private volatile boolean offline;
    private volatile boolean recoverableError;
    private volatile boolean silent;
    private volatile long unplugAfterBytes = -1;
    private volatile boolean closed;

    private EscPosEmulator(InetAddress bindAddress, int port) {
        this.bindAddress = bindAddress;
        this.port = port;
    }

    /** Starts on the loopback interface; port 0 picks a free one (see {@link #port()}). */
    public static EscPosEmulator start(int port) throws IOException {
        return start(InetAddress.getLoopbackAddress(), port);
    }

    public static EscPosEmulator start(InetAddress bindAddress, int port) throws IOException {
        EscPosEmulator emulator = new EscPosEmulator(bindAddress, port);
        emulator.listen();
        return emulator;
    }

    public int port() {
        return port;
    }

    public String host() {
        return bindAddress.getHostAddress();
    }

    private synchronized void listen() throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(bindAddress, port));
        port = s.getLocalPort();
        server = s;
        Thread acceptor = new Thread(() -> acceptLoop(s), "escpos-emulator-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.info("ESC/POS emulator listening on {}:{}", host(), port);
    }

    private void acceptLoop(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket client = s.accept();
                if (server != s) {
                    // accepted in the instant the cable was pulled: an unplugged printer answers nobody
                    closeQuietly(client);
                    continue;
                }
                clients.add(client);
                Thread t = new Thread(() -> serve(client), "escpos-emulator-conn-" + client.getPort());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!s.isClosed()) {
                    LOG.warn("Emulator accept failed", e);
                }
            }
        }
    }

    private void serve(Socket client) {
        List<ReceiptBlock> current = new ArrayList<>();
        try (client) {
            OutputStream out = client.getOutputStream();
            InputStream in = new UnplugCounter(new BufferedInputStream(client.getInputStream()));
            new EscPosDecoder(in, new EscPosDecoder.Sink() {
                        @Override
                        public void block(ReceiptBlock block) {
                            current.add(block);
                            if (block instanceof ReceiptBlock.Cut) {
                                finished(new ReceiptDocument(current), true);
                                current.clear();
                            }
                        }

                        @Override
                        public void statusRequest(int n) {
                            if (silent) {
                                return;
                            }
                            try {
                                out.write(statusByte(n));
                                out.flush();
                            } catch (IOException e) {
                                LOG.debug("Could not answer a status query: {}", e.toString());
                            }
                        }

                        @Override
                        public void recoverRequest(int n) {
                            recoverableError = false;
                        }
                    })
                    .run();
        } catch (SocketException e) {
            LOG.debug("Emulator connection ended: {}", e.toString());
        } catch (IOException e) {
            LOG.warn("Emulator connection failed", e);
        } finally {
            clients.remove(client);
            if (!current.isEmpty()) {
                finished(new ReceiptDocument(current), false);
            }
        }
    }

    private synchronized void finished(ReceiptDocument document, boolean complete) {
        (complete ? receipts : unfinished).add(document);
        notifyAll();
    }

    /** The reply to {@code DLE EOT n}: bits 1 and 4 always set, as on the real thing. */
    int statusByte(int n) {
        int b = 0x12;
        switch (n) {
            case 1 -> {
                if (offline || coverOpen || paperOut || recoverableError) {
                    b |= 1 << 3;
                }
            }
            case 2 -> {
                if (coverOpen) {
                    b |= 1 << 2;
                }
                if (paperOut) {
                    b |= 1 << 5;
                }
                if (recoverableError) {
                    b |= 1 << 6;
                }
            }
            case 3 -> {
                if (recoverableError) {
                    b |= 1 << 2;
                }
            }
            case 4 -> {
                if (paperNearEnd || paperOut) {
                    b |= (1 << 2) | (1 << 3);
                }
                if (paperOut) {
                    b |= (1 << 5) | (1 << 6);
                }
            }
            default -> {}
        }
        return b;
    }

    /** Slips that ended with a cut, in order. */
    public synchronized List<ReceiptDocument> receipts() {
        return List.copyOf(receipts);
    }

    /** What arrived on connections that closed before a cut (a job cut short by an unplug, or junk). */
    public synchronized List<ReceiptDocument> unfinished() {
        return List.copyOf(unfinished);
    }

    /** Waits until at least {@code count} slips have been cut; the timeout only guards against a hang. */
    public synchronized List<ReceiptDocument> awaitReceipts(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (receipts.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(receipts);
    }

    /** Waits until at least {@code count} connections ended mid-slip. */
    public synchronized List<ReceiptDocument> awaitUnfinished(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (unfinished.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(unfinished);
    }

    public synchronized void clearReceipts() {
        receipts.clear();
        unfinished.clear();
    }

    public void paperOut(boolean on) {
        paperOut = on;
    }

    public void paperNearEnd(boolean on) {
        paperNearEnd = on;
    }

    public void coverOpen(boolean on) {
        coverOpen = on;
    }

    public void offline(boolean on) {
        offline = on;
    }

    /** An error that {@code DLE ENQ} clears, as after a paper jam that was freed. */
    public void recoverableError(boolean on) {
        recoverableError = on;
    }

    /** Stop answering status queries, like USB printers that never do. */
    public void silent(boolean on) {
        silent = on;
    }

    /** Pulls the cable: drops every connection and refuses new ones until {@link #replug()}. */
    public synchronized void unplug() {
        unplugAfterBytes = -1;
        ServerSocket s = server;
        server = null;
        if (s != null) {
            closeQuietly(s);
        }
        for (Socket client : clients) {
            closeQuietly(client);
        }
        LOG.info("ESC/POS emulator on port {} unplugged", port);
    }

    /** Pulls the cable once this many more bytes have arrived: a job is cut off in the middle. */
    public void unplugAfterBytes(long bytes) {
        unplugAfterBytes = bytes;
    }

    /** Plugs the printer back in on the same port. */
    public synchronized void replug() throws IOException {
        if (server == null && !closed) {
            listen();
        }
    }

    public boolean isPluggedIn() {
        return server != null;
    }

    /** Draws every slip printed so far, one below the other. */
    public void renderPng(Path file, ReceiptRenderer renderer) throws IOException {
        List<ReceiptBlock> all = new ArrayList<>();
        for (ReceiptDocument document : receipts()) {
            all.addAll(document.blocks());
        }
        renderer.writePng(new ReceiptDocument(all), file);
    }

    @Override
    public synchronized void close() {
        closed = true;
        unplug();
        notifyAll();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // the emulator is going away; a failed close changes nothing
        }
    }

    /** Counts incoming bytes against {@link #unplugAfterBytes}. */
    private final class UnplugCounter extends FilterInputStream {

        UnplugCounter(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long budget = unplugAfterBytes;
            int allowed = budget >= 0 ? (int) Math.min(length, Math.max(1, budget)) : length;
            int n = super.read(buffer, offset, allowed);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            synchronized (EscPosEmulator.this) {
                if (unplugAfterBytes < 0) {
                    return;
                }
                unplugAfterBytes -= n;
                if (unplugAfterBytes <= 0) {
                    unplug();
                    throw new SocketException("emulator unplugged mid-job");
                }
            }
        }
    }
}
