package org.legalkiosk.kiosk.booking.schedule;

import org.legalkiosk.kiosk.booking.domain.Office;
import org.legalkiosk.kiosk.booking.domain.Service;
import org.legalkiosk.kiosk.booking.domain.Slot;

import java.util.List;

/** A validated schedule, ready for the store: explicit slots and the slots of every plan, in time order. */
public record Schedule(List<Office> offices, List<Service> services, List<Slot> slots) {

    public Schedule {
        offices = List.copyOf(offices);
        services = List.copyOf(services);
        slots = List.copyOf(slots);
    }
}
