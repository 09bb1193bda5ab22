package org.legalkiosk.kiosk.config;

import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The {@code terminal:} section: who this terminal is, as the county provisioned it.
 *
 * @param id     the county's identifier of this terminal (used by the hub and in the agent's status)
 * @param name   a name a person recognises, e.g. the village hall it stands in
 * @param office the township judicial office it books for
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record TerminalSettings(String id, String name, String office) implements KioskSettings.Section {

    /** Safe in file names, URLs and log lines: the hub and the fleet tool use it as a key. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private static final int MAX_NAME = 80;

    @Override
    public Optional<String> problem() {
        if (id == null || id.isBlank()) {
            return Optional.of("terminal.id is required: the county's identifier of this terminal");
        }
        if (!ID.matcher(id).matches()) {
            return Optional.of("terminal.id must be 1 to 64 lower-case letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit, not " + id);
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            return Optional.of("terminal.name is required, at most " + MAX_NAME + " characters");
        }
        if (office == null || office.isBlank() || office.length() > MAX_NAME) {
            return Optional.of("terminal.office is required, at most " + MAX_NAME + " characters");
        }
        return Optional.empty();
    }
}
