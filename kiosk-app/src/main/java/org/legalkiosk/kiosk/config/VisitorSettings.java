package org.legalkiosk.kiosk.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Optional;

/**
 * The {@code visitor:} section: how the kiosk paces a visitor's session.
 *
 * @param idleWarningSeconds how long the "do you need more time?" countdown runs before the idle reset
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record VisitorSettings(Integer idleWarningSeconds) implements KioskSettings.Section {

    @Override
    public Optional<String> problem() {
        return Optional.empty();
    }
}
