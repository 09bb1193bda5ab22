package org.legalkiosk.devices.idcard;

import java.time.Duration;
import java.util.Optional;

import org.legalkiosk.devices.Device;
import org.legalkiosk.devices.DeviceKind;

/**
 * Reads resident ID cards and residence permits. Calls block for at most their timeout (plus one answer
 * timeout of the reader); one call at a time, others wait.
 */
public interface IdCardReader extends Device {

    @Override
    default DeviceKind kind() {
        return DeviceKind.ID_CARD_READER;
    }

    /**
     * Waits for a card to be placed and reads it.
     *
     * @return the card, or empty when none was placed before the timeout
     * @throws IdCardReaderException when the reader is unplugged, broken, or a card could not be read
     */
    Optional<IdCard> read(Duration timeout) throws IdCardReaderException, InterruptedException;

    /**
     * Waits until the reader no longer offers the card just read, which is how card removal shows. A SAM reader
     * halts a card once read and answers "no card" from then on until a card is placed again, so a card left
     * lying on the reader is never read twice; some readers answer "no card" only once it has left the field.
     *
     * @return true when the card is gone (or halted), false when it is still offered at the timeout
     */
    boolean awaitRemoval(Duration timeout) throws IdCardReaderException, InterruptedException;
}
