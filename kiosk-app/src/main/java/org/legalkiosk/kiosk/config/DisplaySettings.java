package org.legalkiosk.kiosk.config;

import java.time.Duration;
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
 * @param nightIdleMinutes how long the screen stays lit at night after the last touch, 1 to 60 minutes; null for
 *                   the default ({@link #DEFAULT_NIGHT_IDLE}). A hall with an evening class may want longer; a
 *                   terminal by a bedroom window shorter.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record DisplaySettings(String awakeFrom, String awakeUntil, Integer nightIdleMinutes)
        implements KioskSettings.Section {

    /** Long enough to read a page after a touch at night. */
    public static final Duration DEFAULT_NIGHT_IDLE = Duration.ofMinutes(2);

    static final int MAX_NIGHT_IDLE_MINUTES = 60;

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** The hours alone, with the default night wait. */
    public DisplaySettings(String awakeFrom, String awakeUntil) {
        this(awakeFrom, awakeUntil, null);
    }

    /** How long the screen stays lit at night after the last touch. */
    public Duration nightIdle() {
        return nightIdleMinutes == null ? DEFAULT_NIGHT_IDLE : Duration.ofMinutes(nightIdleMinutes);
    }

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
        if (nightIdleMinutes != null && (nightIdleMinutes < 1 || nightIdleMinutes > MAX_NIGHT_IDLE_MINUTES)) {
            return Optional.of("display.nightIdleMinutes must be 1 to " + MAX_NIGHT_IDLE_MINUTES
                    + " (minutes the screen stays lit at night after a touch), not " + nightIdleMinutes);
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
