package org.legalkiosk.booking.store;

/** The slot has no free seat left on this terminal; the person should pick another time. */
public class SlotFullException extends RuntimeException {

    private final String slotId;

    public SlotFullException(String slotId) {
        super("slot " + slotId + " is full");
        this.slotId = slotId;
    }

    public String slotId() {
        return slotId;
    }
}
