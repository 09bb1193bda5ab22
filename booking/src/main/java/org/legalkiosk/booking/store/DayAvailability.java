package org.legalkiosk.booking.store;

import java.time.LocalDate;

/** One day on which an office still has seats for a service: how many slots have a seat, and how many seats. */
public record DayAvailability(LocalDate day, int openSlots, int freeSeats) {}
