package org.legalkiosk.booking.sync;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the outbox is delivered. Every problem is reported with the name of the setting, so a bad
 * {@code kiosk.yaml} says what to fix.
 *
 * @param endpoint       the central URL events are POSTed to; https, or http on loopback only (a bearer token must
 *                       not cross a network in clear)
 * @param tokenFile      a file holding the bearer token, or null when the endpoint needs none
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for the whole answer, once connected
 * @param backoff        the bounds of the wait between failed attempts
 * @param idlePoll       how often an idle worker looks at the outbox without being nudged (events written by
 *                       another process, or a nudge that was never sent)
 */
public record SyncSettings(
        URI endpoint,
        Path tokenFile,
        Duration connectTimeout,
        Duration requestTimeout,
        Backoff backoff,
        Duration idlePoll) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final Backoff DEFAULT_BACKOFF = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(15));
    public static final Duration DEFAULT_IDLE_POLL = Duration.ofMinutes(1);

    public SyncSettings {
        Objects.requireNonNull(endpoint, "sync.endpoint is required");
        if (!endpoint.isAbsolute() || endpoint.getHost() == null) {
            throw new IllegalArgumentException(
                    "sync.endpoint must be an absolute http(s) URL with a host, not '" + endpoint + "'");
        }
        String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("sync.endpoint must use https, not '" + scheme + "'");
        }
        if (scheme.equals("http") && !isLoopback(endpoint.getHost())) {
            throw new IllegalArgumentException("sync.endpoint must use https for a host other than this machine ('"
                    + endpoint.getHost() + "'): the token and bookings must not cross the network in clear");
        }
        requirePositive("sync.connect-timeout", connectTimeout);
        requirePositive("sync.request-timeout", requestTimeout);
        Objects.requireNonNull(backoff, "sync.backoff is required");
        requirePositive("sync.idle-poll", idlePoll);
    }

    /** The given endpoint and token file (or null) with the default timeouts and backoff. */
    public static SyncSettings defaults(URI endpoint, Path tokenFile) {
        return new SyncSettings(
                endpoint,
                tokenFile,
                DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_REQUEST_TIMEOUT,
                DEFAULT_BACKOFF,
                DEFAULT_IDLE_POLL);
    }

    /**
     * The bearer token, read and trimmed, or empty when no token file is configured.
     *
     * @throws IllegalArgumentException when the file is configured but missing, unreadable or blank
     */
    public Optional<String> readToken() {
        if (tokenFile == null) {
            return Optional.empty();
        }
        String token;
        try {
            token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("sync.token-file " + tokenFile + " cannot be read: " + e, e);
        }
        if (token.isEmpty()) {
            throw new IllegalArgumentException("sync.token-file " + tokenFile + " is empty");
        }
        if (token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("sync.token-file " + tokenFile
                    + " holds more than one printable token (spaces, line breaks or control characters inside)");
        }
        return Optional.of(token);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, not " + value);
        }
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses are checked: a name is never resolved while validating settings.
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
