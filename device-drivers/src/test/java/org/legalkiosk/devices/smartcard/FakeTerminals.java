package org.legalkiosk.devices.smartcard;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * An in-process PC/SC stack built on the abstract {@code javax.smartcardio} classes, for what vpcd cannot play:
 * a reader pulled out of its USB port and a card that never answers. One reader, scripted from the test.
 */
final class FakeTerminals extends CardTerminals {

    private final Slot slot = new Slot("Fake Reader 00 00");
    private boolean plugged = true;
    private SimulatedCard card;
    private boolean mute;
    private final CountDownLatch released = new CountDownLatch(1);

    synchronized void unplug() {
        plugged = false;
        notifyAll();
    }

    synchronized void plugIn() {
        plugged = true;
        notifyAll();
    }

    synchronized void insert(SimulatedCard newCard) {
        card = newCard;
        notifyAll();
    }

    /** Makes the card swallow commands without answering until the test ends. */
    synchronized void muteCard() {
        mute = true;
    }

    void releaseMuteCard() {
        released.countDown();
    }

    @Override
    public synchronized List<CardTerminal> list(State state) throws CardException {
        return plugged ? List.of(slot) : List.of();
    }

    @Override
    public synchronized boolean waitForChange(long timeout) throws CardException {
        throw new UnsupportedOperationException("not used by the driver");
    }

    private final class Slot extends CardTerminal {

        private final String name;

        Slot(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Card connect(String protocol) throws CardException {
            synchronized (FakeTerminals.this) {
                requirePlugged();
                if (card == null) {
                    throw new CardException("SCARD_E_NO_SMARTCARD");
                }
                return new FakeCard(card);
            }
        }

        @Override
        public boolean isCardPresent() throws CardException {
            synchronized (FakeTerminals.this) {
                requirePlugged();
                return card != null;
            }
        }

        @Override
        public boolean waitForCardPresent(long timeout) throws CardException {
            return await(true, timeout);
        }

        @Override
        public boolean waitForCardAbsent(long timeout) throws CardException {
            return await(false, timeout);
        }

        private boolean await(boolean present, long timeout) throws CardException {
            synchronized (FakeTerminals.this) {
                long deadline = System.currentTimeMillis() + timeout;
                while ((card != null) != present) {
                    requirePlugged();
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0) {
                        return false;
                    }
                    try {
                        FakeTerminals.this.wait(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CardException("interrupted");
                    }
                }
                return true;
            }
        }

        private void requirePlugged() throws CardException {
            if (!plugged) {
                throw new CardException("SCARD_E_READER_UNAVAILABLE");
            }
        }
    }

    private final class FakeCard extends Card {

        private final SimulatedCard inserted;

        FakeCard(SimulatedCard inserted) {
            this.inserted = inserted;
        }

        @Override
        public ATR getATR() {
            return new ATR(inserted.atr().bytes());
        }

        @Override
        public String getProtocol() {
            return "T=1";
        }

        @Override
        public CardChannel getBasicChannel() {
            return new FakeChannel(this);
        }

        @Override
        public CardChannel openLogicalChannel() throws CardException {
            throw new CardException("logical channels not supported");
        }

        @Override
        public void beginExclusive() {}

        @Override
        public void endExclusive() {}

        @Override
        public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
            throw new CardException("not supported");
        }

        @Override
        public void disconnect(boolean reset) {}
    }

    private final class FakeChannel extends CardChannel {

        private final FakeCard owner;

        FakeChannel(FakeCard owner) {
            this.owner = owner;
        }

        @Override
        public Card getCard() {
            return owner;
        }

        @Override
        public int getChannelNumber() {
            return 0;
        }

        @Override
        public ResponseAPDU transmit(CommandAPDU command) throws CardException {
            boolean swallow;
            synchronized (FakeTerminals.this) {
                swallow = mute;
            }
            if (swallow) {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new CardException("SCARD_E_TIMEOUT");
            }
            synchronized (FakeTerminals.this) {
                if (card != owner.inserted) {
                    throw new CardException("SCARD_W_REMOVED_CARD");
                }
            }
            return new ResponseAPDU(owner.inserted.respond(command.getBytes()).bytes());
        }

        @Override
        public int transmit(ByteBuffer command, ByteBuffer response) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {}
    }
}
