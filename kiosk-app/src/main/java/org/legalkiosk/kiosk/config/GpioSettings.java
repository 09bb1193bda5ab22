package org.legalkiosk.kiosk.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Optional;

/**
 * The {@code gpio:} section: which Pi4J provider drives the presence sensor, status light and help button. It is
 * chosen here, never detected, so a terminal behaves the same on every boot.
 *
 * @param provider the provider's name
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record GpioSettings(String provider) implements KioskSettings.Section {

    @Override
    public Optional<String> problem() {
        return Optional.empty();
    }
}
