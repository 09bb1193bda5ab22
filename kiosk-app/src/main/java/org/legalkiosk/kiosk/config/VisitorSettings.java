package org.legalkiosk.kiosk.config;

import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The {@code visitor:} section: how the kiosk paces a visitor's session and what it warns them of.
 *
 * @param idleWarningSeconds how long the "do you need more time?" countdown runs before the idle reset
 *                           ({@value #MIN_WARNING_SECONDS}–{@value #MAX_WARNING_SECONDS}; default
 *                           {@value #DEFAULT_WARNING_SECONDS})
 * @param reviewAfterDays    an explainer whose text was last checked longer ago than this says so on screen, so a
 *                           villager knows to confirm it at the office ({@value #MIN_REVIEW_DAYS}–{@value
 *                           #MAX_REVIEW_DAYS}; default {@value #DEFAULT_REVIEW_DAYS})
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record VisitorSettings(Integer idleWarningSeconds, Integer reviewAfterDays) implements KioskSettings.Section {

    public static final int DEFAULT_WARNING_SECONDS = 20;
    /** Less than this is too short for an older visitor to read the question and reach the button. */
    public static final int MIN_WARNING_SECONDS = 10;

    public static final int MAX_WARNING_SECONDS = 120;
    public static final int DEFAULT_REVIEW_DAYS = 365;
    public static final int MIN_REVIEW_DAYS = 30;
    public static final int MAX_REVIEW_DAYS = 3650;

    /** The section as written, or all defaults when the file has none. */
    public static VisitorSettings orDefault(VisitorSettings settings) {
        return settings != null ? settings : new VisitorSettings(null, null);
    }

    public Duration idleWarning() {
        return Duration.ofSeconds(idleWarningSeconds != null ? idleWarningSeconds : DEFAULT_WARNING_SECONDS);
    }

    public int reviewAfterDaysOrDefault() {
        return reviewAfterDays != null ? reviewAfterDays : DEFAULT_REVIEW_DAYS;
    }

    @Override
    public Optional<String> problem() {
        if (idleWarningSeconds != null
                && (idleWarningSeconds < MIN_WARNING_SECONDS || idleWarningSeconds > MAX_WARNING_SECONDS)) {
            return Optional.of("visitor.idleWarningSeconds must be between " + MIN_WARNING_SECONDS + " and "
                    + MAX_WARNING_SECONDS + ", not " + idleWarningSeconds);
        }
        if (reviewAfterDays != null && (reviewAfterDays < MIN_REVIEW_DAYS || reviewAfterDays > MAX_REVIEW_DAYS)) {
            return Optional.of("visitor.reviewAfterDays must be between " + MIN_REVIEW_DAYS + " and " + MAX_REVIEW_DAYS
                    + ", not " + reviewAfterDays);
        }
        return Optional.empty();
    }
}
