package org.legalkiosk.kiosk.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Optional;

/**
 * The {@code terminal:} section: who this terminal is, as the county provisioned it.
 *
 * @param id     the county's identifier of this terminal (used by the hub and in the agent's status)
 * @param name   a name a person recognises, e.g. the village hall it stands in
 * @param office the township judicial office it books for
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record TerminalSettings(String id, String name, String office) implements KioskSettings.Section {

    @Override
    public Optional<String> problem() {
        return Optional.empty();
    }
}
