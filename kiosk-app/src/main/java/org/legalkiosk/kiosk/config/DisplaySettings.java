package org.legalkiosk.kiosk.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Optional;

/**
 * The {@code display:} section: when the screen stays awake (opening hours) and when it may blank (night).
 *
 * @param awakeFrom  local time the screen stops blanking, {@code HH:mm}
 * @param awakeUntil local time after which it may blank, {@code HH:mm}
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record DisplaySettings(String awakeFrom, String awakeUntil) implements KioskSettings.Section {

    @Override
    public Optional<String> problem() {
        return Optional.empty();
    }
}
