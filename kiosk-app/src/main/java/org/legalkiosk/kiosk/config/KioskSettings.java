package org.legalkiosk.kiosk.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The settings file {@code kiosk.yaml} in the data directory: what an installer or the county may change on a
 * terminal without a new build. Every field is optional; unknown fields are errors, so a typo is not silently
 * ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record KioskSettings(
        Integer idleTimeoutSeconds,
        String defaultLanguage,
        String contentDir,
        String statuteDir,
        String trustedKeys,
        Pull pull,
        Sync sync,
        Integer bookingRetentionDays,
        List<Map<String, Object>> devices,
        Integer attractAfterSeconds,
        TerminalSettings terminal,
        AgentSettings agent,
        GpioSettings gpio,
        DisplaySettings display,
        TechnicianSettings technician,
        VisitorSettings visitor,
        HubSettings hub) {

    public static final int MIN_RETENTION_DAYS = 1;
    public static final int MAX_RETENTION_DAYS = 365;
    public static final int MIN_ATTRACT_SECONDS = 30;
    public static final int MAX_ATTRACT_SECONDS = 3600;

    public static final String FILE_NAME = "kiosk.yaml";

    /**
     * The {@code pull:} section: the channel this kiosk polls for new content (docs/agent-api.md, "Pull mode").
     *
     * @param channel         the channel's {@code channel.json}, an absolute http or https URL
     * @param intervalMinutes between checks while all is well; null means {@value #DEFAULT_INTERVAL_MINUTES}
     * @param jitter          fraction by which each wait varies at random; null means {@value #DEFAULT_JITTER}
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Pull(String channel, Integer intervalMinutes, Double jitter) {

        public static final int DEFAULT_INTERVAL_MINUTES = 15;
        public static final double DEFAULT_JITTER = 0.1;
        public static final int MIN_INTERVAL_MINUTES = 1;
        public static final int MAX_INTERVAL_MINUTES = 24 * 60;
        public static final double MAX_JITTER = 0.5;

        public int intervalOrDefault() {
            return intervalMinutes != null ? intervalMinutes : DEFAULT_INTERVAL_MINUTES;
        }

        public double jitterOrDefault() {
            return jitter != null ? jitter : DEFAULT_JITTER;
        }

        /** What is wrong with this section, for the settings file and the agent alike; empty when it is usable. */
        public Optional<String> problem() {
            if (channel == null || channel.isBlank()) {
                return Optional.of("pull.channel is required: the URL of the channel's channel.json");
            }
            URI uri;
            try {
                uri = new URI(channel);
            } catch (URISyntaxException e) {
                return Optional.of("pull.channel is not a URL: " + channel);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("pull.channel must be an http or https URL, not " + channel);
            }
            if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                // Credentials in the URL would end up in logs and the status; channels are public, signed files.
                return Optional.of(
                        "pull.channel must name a host, without user name, password or fragment: " + channel);
            }
            if (intervalMinutes != null
                    && (intervalMinutes < MIN_INTERVAL_MINUTES || intervalMinutes > MAX_INTERVAL_MINUTES)) {
                return Optional.of("pull.intervalMinutes must be between " + MIN_INTERVAL_MINUTES + " and "
                        + MAX_INTERVAL_MINUTES + ", not " + intervalMinutes);
            }
            if (jitter != null && (jitter.isNaN() || jitter < 0 || jitter > MAX_JITTER)) {
                return Optional.of("pull.jitter must be between 0 and " + MAX_JITTER + ", not " + jitter);
            }
            return Optional.empty();
        }
    }

    /**
     * The {@code sync:} section: where bookings, cancellations and anonymous self-check counts are delivered
     * (the county's central endpoint). Without it they wait in the outbox, which is fine for days offline.
     *
     * @param endpoint  an https URL (http only on loopback, for tests and a local relay)
     * @param tokenFile a file holding the bearer token, relative to the data directory; null for none
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Sync(String endpoint, String tokenFile) {}

    public static KioskSettings none() {
        return new KioskSettings(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** These settings with another {@code pull:} section (null: none). */
    public KioskSettings withPull(Pull pull) {
        return new KioskSettings(
                idleTimeoutSeconds,
                defaultLanguage,
                contentDir,
                statuteDir,
                trustedKeys,
                pull,
                sync,
                bookingRetentionDays,
                devices,
                attractAfterSeconds,
                terminal,
                agent,
                gpio,
                display,
                technician,
                visitor,
                hub);
    }

    /** These settings with the agent-editable fields replaced and everything else (devices, sync, paths) kept. */
    public KioskSettings withRemote(Integer idleTimeoutSeconds, String defaultLanguage, Pull pull) {
        return new KioskSettings(
                idleTimeoutSeconds,
                defaultLanguage,
                contentDir,
                statuteDir,
                trustedKeys,
                pull,
                sync,
                bookingRetentionDays,
                devices,
                attractAfterSeconds,
                terminal,
                agent,
                gpio,
                display,
                technician,
                visitor,
                hub);
    }

    /** Seconds idle on Home before the screen dims into the attract screen; {@code fallback} when not set. */
    public int attractAfterSecondsOrDefault(int fallback) {
        return attractAfterSeconds != null ? attractAfterSeconds : fallback;
    }

    /** Days after a finished, delivered booking before its name, ID number and phone are erased. */
    public int bookingRetentionDaysOrDefault(int fallback) {
        return bookingRetentionDays != null ? bookingRetentionDays : fallback;
    }

    /** Reads {@code kiosk.yaml} from the data directory; no file means no settings. */
    public static KioskSettings read(Path dataDir) throws InvalidSettingsException {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        ObjectMapper yaml =
                new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            KioskSettings s = yaml.readValue(file.toFile(), KioskSettings.class);
            if (s == null) {
                return none();
            }
            s.validate(file);
            return s;
        } catch (IOException e) {
            throw new InvalidSettingsException(
                    file + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
        }
    }

    private void validate(Path file) throws InvalidSettingsException {
        if (idleTimeoutSeconds != null && (idleTimeoutSeconds < 10 || idleTimeoutSeconds > 3600)) {
            throw new InvalidSettingsException(
                    file + ": idleTimeoutSeconds must be between 10 and 3600, not " + idleTimeoutSeconds);
        }
        if (defaultLanguage != null && !defaultLanguage.equals("zh") && !defaultLanguage.equals("en")) {
            throw new InvalidSettingsException(file + ": defaultLanguage must be zh or en, not " + defaultLanguage);
        }
        if (bookingRetentionDays != null
                && (bookingRetentionDays < MIN_RETENTION_DAYS || bookingRetentionDays > MAX_RETENTION_DAYS)) {
            throw new InvalidSettingsException(file + ": bookingRetentionDays must be between " + MIN_RETENTION_DAYS
                    + " and " + MAX_RETENTION_DAYS + ", not " + bookingRetentionDays);
        }
        if (attractAfterSeconds != null
                && (attractAfterSeconds < MIN_ATTRACT_SECONDS || attractAfterSeconds > MAX_ATTRACT_SECONDS)) {
            throw new InvalidSettingsException(file + ": attractAfterSeconds must be between " + MIN_ATTRACT_SECONDS
                    + " and " + MAX_ATTRACT_SECONDS + ", not " + attractAfterSeconds);
        }
        if (sync != null && (sync.endpoint() == null || sync.endpoint().isBlank())) {
            throw new InvalidSettingsException(file + ": sync.endpoint is required: the URL bookings are delivered to");
        }
        if (pull != null) {
            Optional<String> problem = pull.problem();
            if (problem.isPresent()) {
                throw new InvalidSettingsException(file + ": " + problem.get());
            }
        }
        // Each section checks itself and names its own fields; the first problem found is reported.
        for (Section section : new Section[] {terminal, agent, gpio, display, technician, visitor, hub}) {
            if (section != null) {
                Optional<String> problem = section.problem();
                if (problem.isPresent()) {
                    throw new InvalidSettingsException(file + ": " + problem.get());
                }
            }
        }
    }

    /** A section of {@code kiosk.yaml} that validates itself, naming its fields as they are spelled in the file. */
    public interface Section {
        /** What is wrong with this section; empty when it is usable. */
        Optional<String> problem();
    }

    /** Where this terminal's content store lives: {@code DATA_DIR/content}. */
    public static Path contentStore(Path dataDir) {
        return dataDir.resolve("content");
    }

    /**
     * The public keys whose bundles this terminal accepts: {@code trustedKeys} (a key file or a folder of them),
     * by default {@code DATA_DIR/trusted-keys/}.
     */
    public Path trustedKeysPath(Path dataDir) {
        return trustedKeys != null ? dataDir.resolve(trustedKeys) : dataDir.resolve("trusted-keys");
    }

    /** A settings file that cannot be used; the message names the file and the problem. */
    public static final class InvalidSettingsException extends Exception {
        public InvalidSettingsException(String message) {
            super(message);
        }
    }
}
