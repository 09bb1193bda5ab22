package org.legalkiosk.devices.printer;

import java.io.IOException;

/**
 * A byte pipe to a printer. Every operation is bounded by the transport's timeouts; a transport that was
 * closed or failed can be opened again (that is how a printer comes back after an unplug).
 */
public interface PrinterTransport extends AutoCloseable {

    /** Opens the connection if it is not open. */
    void open() throws IOException;

    boolean isOpen();

    void write(byte[] data) throws IOException;

    /**
     * Reads one byte, waiting at most the read timeout.
     *
     * @return the byte (0..255), or -1 when nothing came in time
     * @throws IOException when the connection is lost (end of stream counts as lost)
     */
    int read() throws IOException;

    /** Throws away whatever the printer sent that nobody read, so the next answer is the one we ask for. */
    void discardInput() throws IOException;

    /** Where the bytes go, for logs and status descriptions, e.g. {@code tcp://10.0.0.5:9100}. */
    String describe();

    @Override
    void close();
}
