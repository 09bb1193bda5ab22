package org.legalkiosk.devices.smartcard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.TrackedDevice;
import org.legalkiosk.devices.smartcard.SmartCardException.Reason;

/**
 * The smart-card reader's twin for the demo and tests, scripted with {@link #insert}, {@link #remove},
 * {@link #unplug} and {@link #plugIn}. Card events are told on the thread that scripts them; commands are checked
 * exactly as the PC/SC driver checks them.
 */
public final class SimulatedSmartCardReader extends TrackedDevice implements SmartCardReader {

    private final CardListeners cardListeners = new CardListeners();
    private final List<String> sent = new ArrayList<>();
    private SimulatedCard card;
    private boolean unplugged;

    public SimulatedSmartCardReader(String id, Clock clock) {
        super(id, clock, InitialStatus.READY);
    }

    /** Places a card; one already in the slot is taken out first, as a person would. */
    public void insert(SimulatedCard newCard) {
        Objects.requireNonNull(newCard, "card");
        boolean hadCard;
        boolean plugged;
        synchronized (this) {
            hadCard = card != null && !unplugged;
            card = newCard;
            plugged = !unplugged;
        }
        if (hadCard) {
            cardListeners.removed(id());
        }
        if (plugged) {
            cardListeners.inserted(id(), newCard.atr());
        }
    }

    public void remove() {
        boolean had;
        synchronized (this) {
            had = card != null && !unplugged;
            card = null;
        }
        if (had) {
            cardListeners.removed(id());
        }
    }

    /** Pulls the reader's cable: a card in it is gone for the kiosk, and the reader is DISCONNECTED. */
    public void unplug() {
        boolean had;
        synchronized (this) {
            had = card != null && !unplugged;
            unplugged = true;
        }
        tracker().disconnected("unplugged", "reader unplugged");
        if (had) {
            cardListeners.removed(id());
        }
    }

    public void plugIn() {
        SimulatedCard present;
        synchronized (this) {
            boolean was = unplugged;
            unplugged = false;
            present = was ? card : null;
        }
        tracker().ready();
        if (present != null) {
            cardListeners.inserted(id(), present.atr());
        }
    }

    /** Every command APDU the card received, as upper-case hex, oldest first. */
    public synchronized List<String> sent() {
        return List.copyOf(sent);
    }

    @Override
    public synchronized Optional<Atr> card() {
        return card == null || unplugged ? Optional.empty() : Optional.of(card.atr());
    }

    @Override
    public ResponseApdu select(Aid aid) throws SmartCardException {
        return send("SELECT " + aid.hex(), Apdus.select(aid));
    }

    @Override
    public ResponseApdu transmit(byte[] commandApdu) throws SmartCardException {
        Apdus.requireWellFormed(commandApdu);
        return send(String.format("command %02X", commandApdu[1] & 0xFF), commandApdu);
    }

    private ResponseApdu send(String name, byte[] command) throws SmartCardException {
        ResponseApdu answer;
        synchronized (this) {
            if (unplugged) {
                throw new SmartCardException(Reason.DISCONNECTED, name + ": reader unplugged");
            }
            if (card == null) {
                throw new SmartCardException(Reason.NO_CARD, name + ": no card in the reader");
            }
            sent.add(java.util.HexFormat.of().withUpperCase().formatHex(command));
            answer = card.respond(command);
        }
        return StatusWords.check(name, answer);
    }

    @Override
    public DeviceStatus status() {
        return tracker().current();
    }

    @Override
    public void addCardListener(CardListener listener) {
        cardListeners.add(listener);
    }

    @Override
    public void removeCardListener(CardListener listener) {
        cardListeners.remove(listener);
    }

    @Override
    public void close() {}
}
