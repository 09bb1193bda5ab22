package org.legalkiosk.booking.schedule;

import java.util.List;

import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;

/** A validated schedule, ready for the store: explicit slots and the slots of every plan, in time order. */
public record Schedule(List<Office> offices, List<Service> services, List<Slot> slots) {

    public Schedule {
        offices = List.copyOf(offices);
        services = List.copyOf(services);
        slots = List.copyOf(slots);
    }
}
