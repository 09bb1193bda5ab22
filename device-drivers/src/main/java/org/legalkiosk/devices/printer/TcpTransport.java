package org.legalkiosk.devices.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** Raw TCP, port 9100 on network printers; status replies come back on the same socket. */
public final class TcpTransport implements PrinterTransport {

    public static final int DEFAULT_PORT = 9100;

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public TcpTransport(String host, int port, Duration connectTimeout, Duration readTimeout) {
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    @Override
    public synchronized void open() throws IOException {
        if (socket != null) {
            return;
        }
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            s.setSoTimeout((int) readTimeout.toMillis());
            s.setTcpNoDelay(true);
            in = s.getInputStream();
            out = s.getOutputStream();
            socket = s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return socket != null;
    }

    @Override
    public synchronized void write(byte[] data) throws IOException {
        requireOpen();
        out.write(data);
        out.flush();
    }

    @Override
    public synchronized int read() throws IOException {
        requireOpen();
        try {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed by " + describe());
            }
            return b;
        } catch (SocketTimeoutException e) {
            return -1;
        }
    }

    @Override
    public synchronized void discardInput() throws IOException {
        requireOpen();
        while (in.available() > 0) {
            if (in.read() < 0) {
                throw new IOException("connection closed by " + describe());
            }
        }
    }

    private void requireOpen() throws IOException {
        if (socket == null) {
            throw new IOException("not connected to " + describe());
        }
    }

    @Override
    public String describe() {
        return "tcp://" + host + ":" + port;
    }

    @Override
    public synchronized void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a dead socket has nothing left to report
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}
