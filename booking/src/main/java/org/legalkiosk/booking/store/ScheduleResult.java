package org.legalkiosk.booking.store;

import java.util.List;

/**
 * What loading a schedule did: how many offices, services and slots of the document are now in the store, and what
 * the store kept against the document's wishes because confirmed bookings depend on it.
 */
public record ScheduleResult(
        int offices,
        int services,
        int slots,
        List<KeptSlot> keptSlots,
        List<String> keptOffices,
        List<String> keptServices) {

    public ScheduleResult {
        keptSlots = List.copyOf(keptSlots);
        keptOffices = List.copyOf(keptOffices);
        keptServices = List.copyOf(keptServices);
    }

    /** Why a slot with confirmed bookings differs from the document. */
    public enum Reason {
        /** The document left the slot out: it stays, closed to new bookings (capacity = booked). */
        DROPPED,
        /** The document gave the slot another office, service or time: it stays where it was, closed. */
        MOVED,
        /** The document gave fewer seats than are booked: capacity is the number booked. */
        SHRUNK
    }

    /** A slot that holds {@code booked} confirmed bookings and now has {@code capacity} seats. */
    public record KeptSlot(String slotId, int booked, int capacity, Reason reason) {}
}
