package org.legalkiosk.devices.smartcard;

/** Told when a card is placed in or taken out of a reader, on the reader's thread. */
public interface CardListener {

    void cardInserted(String readerId, Atr atr);

    void cardRemoved(String readerId);
}
