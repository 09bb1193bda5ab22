package org.legalkiosk.devices.printer;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fazecast.jSerialComm.SerialPort;
import org.legalkiosk.devices.printer.emulator.EscPosDecoder;

/**
 * A healthy ESC/POS printer on the far end of a pseudo-terminal: decodes what arrives with the emulator's
 * {@link EscPosDecoder} and answers every {@code DLE EOT} with "all well". It can pull the cable itself after a
 * number of bytes, to unplug in the middle of a slip.
 */
final class PtyPrinter implements AutoCloseable {

    private final SerialPort port;
    private final Thread thread;
    private final List<ReceiptDocument> receipts = new ArrayList<>();
    private final long unplugAfter;
    private final Runnable unplug;
    private long received;
    private volatile boolean closed;

    private PtyPrinter(SerialPort port, long unplugAfter, Runnable unplug) {
        this.port = port;
        this.unplugAfter = unplugAfter;
        this.unplug = unplug;
        this.thread = new Thread(this::serve, "pty-printer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    static PtyPrinter start(String deviceEnd) throws IOException {
        return start(deviceEnd, -1, () -> {});
    }

    /** A printer whose cable is pulled (by {@code unplug}) once it has received {@code unplugAfter} bytes. */
    static PtyPrinter start(String deviceEnd, long unplugAfter, Runnable unplug) throws IOException {
        SerialPort port = SerialPort.getCommPort(deviceEnd);
        port.setComPortParameters(9600, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 50, 0);
        if (!port.openPort()) {
            throw new IOException("cannot open " + deviceEnd);
        }
        return new PtyPrinter(port, unplugAfter, unplug);
    }

    private void serve() {
        List<ReceiptBlock> current = new ArrayList<>();
        try {
            new EscPosDecoder(new PortInput(), new EscPosDecoder.Sink() {
                        @Override
                        public void block(ReceiptBlock block) {
                            current.add(block);
                            if (block instanceof ReceiptBlock.Cut) {
                                finished(new ReceiptDocument(List.copyOf(current)));
                                current.clear();
                            }
                        }

                        @Override
                        public void statusRequest(int n) {
                            port.writeBytes(new byte[] {0x12}, 1);
                        }
                    })
                    .run();
        } catch (IOException e) {
            // the cable was pulled
        }
    }

    private synchronized void finished(ReceiptDocument document) {
        receipts.add(document);
        notifyAll();
    }

    /** The slips that ended with a cut, waiting (boundedly) until there are {@code count}. */
    synchronized List<ReceiptDocument> awaitReceipts(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (receipts.size() < count && System.nanoTime() < deadline) {
            wait(100);
        }
        return List.copyOf(receipts);
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        thread.join(5000);
        port.closePort();
    }

    /** Bytes from the port as a stream that ends when the port is gone or the printer is closed. */
    private final class PortInput extends InputStream {

        private final byte[] one = new byte[1];

        @Override
        public int read() {
            while (!closed) {
                int n = port.readBytes(one, 1);
                if (n < 0) {
                    return -1;
                }
                if (n == 1) {
                    received++;
                    if (received == unplugAfter) {
                        unplug.run();
                    }
                    return one[0] & 0xFF;
                }
            }
            return -1;
        }
    }
}
