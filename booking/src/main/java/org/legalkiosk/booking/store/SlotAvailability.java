package org.legalkiosk.booking.store;

import org.legalkiosk.booking.domain.Slot;

/** A slot and how many of its seats are still free on this terminal. */
public record SlotAvailability(Slot slot, int remaining) {

    public boolean full() {
        return remaining <= 0;
    }
}
