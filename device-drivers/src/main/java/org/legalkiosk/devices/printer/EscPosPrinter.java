package org.legalkiosk.devices.printer;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;

import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.TrackedDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real ESC/POS driver over any {@link PrinterTransport}. Before a job it asks the printer's real-time
 * status and refuses to print onto a closed cover or an empty roll (clearing a recoverable error first);
 * after the job it asks again, which is what tells a finished job from one whose cable was pulled halfway
 * (TCP accepts bytes into its buffer long after the other end has gone).
 */
public final class EscPosPrinter extends TrackedDevice implements ReceiptPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(EscPosPrinter.class);

    private final PrinterTransport transport;
    private final EscPosEncoder encoder = new EscPosEncoder();

    public EscPosPrinter(String id, PrinterTransport transport, Clock clock) {
        super(id, clock, InitialStatus.NOT_CHECKED);
        this.transport = Objects.requireNonNull(transport);
    }

    @Override
    public synchronized DeviceStatus status() {
        try {
            transport.open();
            return apply(query());
        } catch (IOException | RuntimeException e) {
            return lost(
                    "unreachable", "Cannot reach the printer at " + transport.describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized PrintResult print(ReceiptDocument document) throws PrintFailedException {
        byte[] job = encoder.encode(document);
        DeviceStatus before = prepare();
        tracker().busy();
        try {
            transport.write(job);
        } catch (IOException e) {
            DeviceStatus status =
                    lost("connection-lost", "The printer connection broke during a job: " + e.getMessage(), e);
            throw new PrintFailedException(
                    "The slip may be incomplete: the printer connection broke while sending (" + e.getMessage() + ")",
                    status,
                    e);
        }
        Reply after;
        try {
            after = query();
        } catch (IOException e) {
            DeviceStatus status =
                    lost("connection-lost", "The printer connection broke during a job: " + e.getMessage(), e);
            throw new PrintFailedException(
                    "The slip may be incomplete: the printer did not confirm the job (" + e.getMessage() + ")",
                    status,
                    e);
        }
        DeviceStatus statusAfter = apply(after);
        if (after.answered() && after.status().blocksPrinting()) {
            throw new PrintFailedException("The slip may be incomplete: " + statusAfter.description(), statusAfter);
        }
        LOG.info("Printed a slip of {} bytes on {} (was {})", job.length, id(), before.state());
        return new PrintResult(job.length, statusAfter);
    }

    /** Connects, reads the status, clears a recoverable error once; throws when a job cannot print now. */
    private DeviceStatus prepare() throws PrintFailedException {
        Reply reply;
        try {
            transport.open();
            reply = query();
            if (reply.answered()
                    && (reply.status().recoverableError() || reply.status().error())
                    && !reply.status().coverOpen()
                    && !reply.status().paperOut()) {
                LOG.info("Clearing a recoverable error on {}", id());
                transport.write(EscPosEncoder.recoverClearingBuffer());
                reply = query();
            }
        } catch (IOException | RuntimeException e) {
            DeviceStatus status = lost(
                    "unreachable", "Cannot reach the printer at " + transport.describe() + ": " + e.getMessage(), e);
            throw new PrintFailedException("The printer is not connected (" + e.getMessage() + ")", status, e);
        }
        DeviceStatus status = apply(reply);
        if (reply.answered() && reply.status().blocksPrinting()) {
            throw new PrintFailedException("Not printed: " + status.description(), status);
        }
        return status;
    }

    private Reply query() throws IOException {
        transport.discardInput();
        int[] answers = new int[4];
        for (int n = 1; n <= 4; n++) {
            transport.write(EscPosEncoder.statusRequest(n));
            answers[n - 1] = transport.read();
            if (n == 1 && !EscPosStatus.isStatusByte(answers[0])) {
                // silence or junk: this printer does not do real-time status; do not count it as a failure
                return new Reply(false, EscPosStatus.HEALTHY);
            }
        }
        return new Reply(true, EscPosStatus.decode(answers[0], answers[1], answers[2], answers[3]));
    }

    private DeviceStatus apply(Reply reply) {
        if (!reply.answered()) {
            return tracker().update(DeviceState.READY, "status-unknown", "The printer does not answer status queries");
        }
        EscPosStatus.Condition c = reply.status().condition();
        return tracker().update(c.state(), c.reason(), c.description());
    }

    private DeviceStatus lost(String reason, String description, Exception e) {
        transport.close();
        if (tracker().current().state() != DeviceState.DISCONNECTED) {
            LOG.warn("Receipt printer {} disconnected: {}", id(), e.toString());
        }
        return tracker().update(DeviceState.DISCONNECTED, reason, description);
    }

    @Override
    public synchronized void close() {
        transport.close();
    }

    private record Reply(boolean answered, EscPosStatus status) {}
}
