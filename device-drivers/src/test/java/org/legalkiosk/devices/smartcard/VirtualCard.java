package org.legalkiosk.devices.smartcard;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.TimeUnit;

/**
 * A card on vsmartcard's vpcd socket: connecting is placing it in the reader, closing is taking it out. Speaks
 * the vpcd protocol (2-byte big-endian length, then a 1-byte control message — 00 power off, 01 on, 02 reset,
 * 04 get ATR — or a C-APDU) and answers from a {@link SimulatedCard}.
 */
final class VirtualCard implements AutoCloseable {

    private final SimulatedCard card;
    private final Socket socket;
    private final Thread answering;

    private VirtualCard(SimulatedCard card, Socket socket) {
        this.card = card;
        this.socket = socket;
        this.answering = new Thread(this::answer, "virtual-card");
        this.answering.setDaemon(true);
        this.answering.start();
    }

    /** Places the card in the slot listening on this port, trying for a while as pcscd may still be starting. */
    static VirtualCard insert(SimulatedCard card, int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                return new VirtualCard(card, new Socket("127.0.0.1", port));
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("vpcd does not listen on " + port, e);
                }
                Thread.sleep(100);
            }
        }
    }

    private void answer() {
        try {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            while (true) {
                byte[] message = new byte[in.readUnsignedShort()];
                in.readFully(message);
                byte[] reply;
                if (message.length == 1) {
                    if (message[0] != 0x04) {
                        continue;
                    }
                    reply = card.atr().bytes();
                } else {
                    reply = card.respond(message).bytes();
                }
                out.writeShort(reply.length);
                out.write(reply);
                out.flush();
            }
        } catch (EOFException | SocketException e) {
            // taken out of the reader
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes the card out. */
    @Override
    public void close() throws Exception {
        socket.close();
        answering.join(10_000);
    }
}
