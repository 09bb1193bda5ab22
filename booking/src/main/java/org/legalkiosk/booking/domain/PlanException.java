package org.legalkiosk.booking.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date on which a working plan does not follow its week: closed (a public holiday), or open with hours of its
 * own (a mediator's visiting day, a Saturday opening), which replace the week's hours for that date.
 */
public record PlanException(LocalDate date, Optional<DayHours> hours) {

    public PlanException {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hours, "hours");
    }

    public static PlanException closed(LocalDate date) {
        return new PlanException(date, Optional.empty());
    }

    public static PlanException open(LocalDate date, DayHours hours) {
        return new PlanException(date, Optional.of(hours));
    }

    public boolean isClosed() {
        return hours.isEmpty();
    }
}
