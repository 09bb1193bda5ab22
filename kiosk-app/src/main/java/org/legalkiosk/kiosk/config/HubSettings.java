package org.legalkiosk.kiosk.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Optional;

/**
 * The {@code hub:} section: the county hub this terminal calls out to (heartbeat, events, what to do next). The
 * terminal always makes the connection, so it works behind village NAT.
 *
 * @param url              the hub's base URL, https (http only on loopback)
 * @param tokenFile        file holding this terminal's hub token, relative to DATA_DIR
 * @param heartbeatSeconds between heartbeats; null means the default
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record HubSettings(String url, String tokenFile, Integer heartbeatSeconds) implements KioskSettings.Section {

    @Override
    public Optional<String> problem() {
        return Optional.empty();
    }
}
