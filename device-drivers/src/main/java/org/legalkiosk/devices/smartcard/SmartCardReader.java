package org.legalkiosk.devices.smartcard;

import java.util.Optional;

import org.legalkiosk.devices.Device;
import org.legalkiosk.devices.DeviceKind;

/**
 * A PC/SC card reader. It watches its slot by itself and tells {@link CardListener}s when a card is placed or
 * taken away; commands go to the card in the slot and come back checked: any status word but {@code 90 00} is a
 * {@link SmartCardException} saying what it means. Every command has a timeout.
 */
public interface SmartCardReader extends Device {

    @Override
    default DeviceKind kind() {
        return DeviceKind.SMART_CARD_READER;
    }

    /** The answer-to-reset of the card in the slot now, empty when the slot is empty. */
    Optional<Atr> card();

    /**
     * Selects an application or DF by name ({@code 00 A4 04 00 Lc AID 00}).
     *
     * @return the card's answer, whose data is the FCI (often empty)
     * @throws SmartCardException when there is no card, the application is not on it ({@code NOT_FOUND}), or
     *                            the card or reader fails
     */
    ResponseApdu select(Aid aid) throws SmartCardException;

    /** Sends one command APDU (e.g. READ RECORD after a select) and returns the answer, status checked. */
    ResponseApdu transmit(byte[] commandApdu) throws SmartCardException;

    /** Listeners are called on the reader's own thread: return quickly. */
    void addCardListener(CardListener listener);

    void removeCardListener(CardListener listener);
}
