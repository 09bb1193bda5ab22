package org.legalkiosk.kiosk.config;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The {@code display:} section: when the screen stays awake (opening hours) and when it may blank (night).
 *
 * @param awakeFrom  local time the screen stops blanking, {@code HH:mm}
 * @param awakeUntil local time after which it may blank, {@code HH:mm}; earlier than {@code awakeFrom} means the
 *                   awake time runs past midnight
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record DisplaySettings(String awakeFrom, String awakeUntil) implements KioskSettings.Section {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Override
    public Optional<String> problem() {
        if (awakeFrom == null || awakeUntil == null) {
            return Optional.of("display.awakeFrom and display.awakeUntil go together (HH:mm, local time)");
        }
        Optional<LocalTime> from = parse(awakeFrom);
        Optional<LocalTime> until = parse(awakeUntil);
        if (from.isEmpty()) {
            return Optional.of("display.awakeFrom must be a time HH:mm, not " + awakeFrom);
        }
        if (until.isEmpty()) {
            return Optional.of("display.awakeUntil must be a time HH:mm, not " + awakeUntil);
        }
        if (from.equals(until)) {
            return Optional.of("display.awakeFrom and display.awakeUntil are the same time; leave display: out "
                    + "to keep the screen on always");
        }
        return Optional.empty();
    }

    /** Whether the screen must stay on at this local time. */
    public boolean awakeAt(LocalTime time) {
        LocalTime from = parse(awakeFrom).orElseThrow();
        LocalTime until = parse(awakeUntil).orElseThrow();
        return from.isBefore(until)
                ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }

    private static Optional<LocalTime> parse(String text) {
        try {
            return Optional.of(LocalTime.parse(text, HH_MM));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
