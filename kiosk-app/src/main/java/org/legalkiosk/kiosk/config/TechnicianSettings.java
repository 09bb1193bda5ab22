package org.legalkiosk.kiosk.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Optional;

/**
 * The {@code technician:} section: access to the hidden technician screen on the terminal.
 *
 * @param pinHash the technician PIN, hashed (never the PIN itself)
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record TechnicianSettings(String pinHash) implements KioskSettings.Section {

    @Override
    public Optional<String> problem() {
        return Optional.empty();
    }
}
