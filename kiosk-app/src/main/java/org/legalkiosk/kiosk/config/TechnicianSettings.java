package org.legalkiosk.kiosk.config;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The {@code technician:} section: access to the hidden technician screen on the terminal (five taps in the
 * bottom-left corner within 3 seconds, then the PIN). Without a {@code pinHash} the screen cannot be opened at all.
 *
 * @param pinHash the technician PIN, hashed (never the PIN itself): {@code pbkdf2-sha256:<iterations>:<salt>:<hash>},
 *                as {@code legalkiosk technician pin-hash} prints it
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record TechnicianSettings(String pinHash) implements KioskSettings.Section {

    @Override
    public Optional<String> problem() {
        if (pinHash == null) {
            return Optional.empty();
        }
        if (pinHash.isBlank()) {
            return Optional.of("technician.pinHash is empty; leave it out to keep the technician screen closed");
        }
        return PinHash.parse(pinHash).isPresent()
                ? Optional.empty()
                : Optional.of("technician.pinHash is not a PIN hash (expected " + PinHash.SCHEME
                        + ":<iterations>:<salt>:<hash>, as 'legalkiosk technician pin-hash' prints it)");
    }

    /** The PIN's hash, when one is set and well formed. */
    public Optional<PinHash> pin() {
        return PinHash.parse(pinHash);
    }
}
