package org.legalkiosk.kiosk.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The {@code hub:} section: the county hub this terminal calls out to (heartbeat, events, what to do next). The
 * terminal always makes the connection, so it works behind village NAT.
 *
 * @param url              the hub's base URL, https (http only on loopback)
 * @param tokenFile        file holding this terminal's hub token, relative to DATA_DIR; written at enrolment from the
 *                         one-time code in {@code DATA_DIR/hub-enrol-code}
 * @param heartbeatSeconds between heartbeats; null means the default
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record HubSettings(String url, String tokenFile, Integer heartbeatSeconds) implements KioskSettings.Section {

    public static final String DEFAULT_TOKEN_FILE = "hub-token";
    public static final int DEFAULT_HEARTBEAT_SECONDS = 60;

    @Override
    public Optional<String> problem() {
        if (url == null || url.isBlank()) {
            return Optional.of("hub.url is required: the county hub's address, e.g. https://hub.example.gov.cn");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            return Optional.of("hub.url is not a URL: " + e.getMessage());
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            return Optional.of("hub.url must be an absolute https URL with a host, not '" + url + "'");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(uri.getHost()))) {
            return Optional.of("hub.url must use https (http only to this machine): the terminal's token must not"
                    + " cross the network in clear");
        }
        if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            return Optional.of("hub.url must have no query, fragment or user name");
        }
        if (tokenFile != null) {
            Path p = Path.of(tokenFile);
            if (tokenFile.isBlank() || p.isAbsolute() || p.normalize().startsWith("..")) {
                return Optional.of("hub.tokenFile must be a file name inside DATA_DIR, not '" + tokenFile + "'");
            }
        }
        if (heartbeatSeconds != null && (heartbeatSeconds < 10 || heartbeatSeconds > 3600)) {
            return Optional.of("hub.heartbeatSeconds must be within 10..3600, not " + heartbeatSeconds);
        }
        return Optional.empty();
    }

    /** The base URL without a trailing slash (call only when {@link #problem()} is empty). */
    public URI baseUri() {
        String u = url.strip();
        return URI.create(u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    public Path tokenPath(Path dataDir) {
        return dataDir.resolve(tokenFile == null ? DEFAULT_TOKEN_FILE : tokenFile);
    }

    public int heartbeatSecondsOrDefault() {
        return heartbeatSeconds == null ? DEFAULT_HEARTBEAT_SECONDS : heartbeatSeconds;
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // a name is never resolved while validating settings
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
