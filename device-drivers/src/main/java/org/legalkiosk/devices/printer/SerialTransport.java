package org.legalkiosk.devices.printer;

import java.io.IOException;
import java.time.Duration;

import com.fazecast.jSerialComm.SerialPort;

/** A serial printer through jSerialComm, 8N1, optionally with RTS/CTS flow control. */
public final class SerialTransport implements PrinterTransport {

    private final String portPath;
    private final int baud;
    private final boolean hardwareFlowControl;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private SerialPort port;

    public SerialTransport(
            String portPath, int baud, boolean hardwareFlowControl, Duration readTimeout, Duration writeTimeout) {
        this.portPath = portPath;
        this.baud = baud;
        this.hardwareFlowControl = hardwareFlowControl;
        this.readTimeout = readTimeout;
        this.writeTimeout = writeTimeout;
    }

    @Override
    public synchronized void open() throws IOException {
        if (port != null) {
            return;
        }
        SerialPort p = SerialPort.getCommPort(portPath);
        p.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        p.setFlowControl(
                hardwareFlowControl
                        ? SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED
                        : SerialPort.FLOW_CONTROL_DISABLED);
        p.setComPortTimeouts(
                SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                (int) readTimeout.toMillis(),
                (int) writeTimeout.toMillis());
        if (!p.openPort()) {
            throw new IOException("cannot open serial port " + portPath + " (error " + p.getLastErrorCode() + ")");
        }
        port = p;
    }

    @Override
    public synchronized boolean isOpen() {
        return port != null;
    }

    @Override
    public synchronized void write(byte[] data) throws IOException {
        requireOpen();
        int written = 0;
        while (written < data.length) {
            int n = port.writeBytes(data, data.length - written, written);
            if (n <= 0) {
                throw new IOException("write to " + portPath + " failed or timed out after " + written + " of "
                        + data.length + " bytes");
            }
            written += n;
        }
    }

    @Override
    public synchronized int read() throws IOException {
        requireOpen();
        byte[] one = new byte[1];
        int n = port.readBytes(one, 1);
        if (n < 0) {
            throw new IOException("serial port " + portPath + " was lost");
        }
        return n == 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public synchronized void discardInput() throws IOException {
        requireOpen();
        int available = port.bytesAvailable();
        if (available < 0) {
            throw new IOException("serial port " + portPath + " was lost");
        }
        if (available > 0) {
            port.readBytes(new byte[available], available);
        }
    }

    private void requireOpen() throws IOException {
        if (port == null) {
            throw new IOException("not open: " + portPath);
        }
    }

    @Override
    public String describe() {
        return "serial:" + portPath + "@" + baud;
    }

    @Override
    public synchronized void close() {
        if (port != null) {
            port.closePort();
            port = null;
        }
    }
}
