package org.legalkiosk.devices.idcard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;

/** One open serial port to a SAM reader: sends a request frame and reads the answer frame, with deadlines. */
final class SerialSamPort implements AutoCloseable {

    /** How long one low-level read waits; bounds how late a deadline or a close is noticed. */
    private static final int POLL_MILLIS = 50;

    private final SerialPort port;
    private final SamFrameReader reader;

    private SerialSamPort(SerialPort port) {
        this.port = port;
        this.reader = new SamFrameReader((buffer, offset, length) -> port.readBytes(buffer, length, offset));
    }

    /** Opens the port at a path (a device such as /dev/ttyUSB0 or a pty link); ptys are not listed, only opened. */
    static SerialSamPort open(String path, int baud) throws IOException {
        if (!Files.exists(Path.of(path))) {
            throw new IOException(path + " does not exist");
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            throw new IOException(path + " is not a serial port", e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, POLL_MILLIS, 0);
        if (!port.openPort()) {
            throw new IOException("cannot open " + path + " (error " + port.getLastErrorCode() + ")");
        }
        return new SerialSamPort(port);
    }

    SamResponse exchange(SamCommand command, Duration timeout) throws IOException {
        // A late answer to an earlier request that timed out would otherwise be taken for this one's.
        drain();
        byte[] frame = command.toFrame();
        if (port.writeBytes(frame, frame.length) != frame.length) {
            throw new SamProtocolException(SamProtocolException.Kind.CLOSED, "write failed");
        }
        return reader.readResponse(timeout);
    }

    private void drain() throws SamProtocolException {
        byte[] buffer = new byte[256];
        int available;
        while ((available = port.bytesAvailable()) > 0) {
            if (port.readBytes(buffer, Math.min(available, buffer.length)) < 0) {
                break;
            }
        }
        if (available < 0) {
            throw new SamProtocolException(SamProtocolException.Kind.CLOSED, "port closed");
        }
    }

    @Override
    public void close() {
        port.closePort();
    }
}
