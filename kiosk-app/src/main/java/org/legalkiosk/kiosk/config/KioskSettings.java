package org.legalkiosk.kiosk.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The settings file {@code kiosk.yaml} in the data directory: what an installer or the county may change on a
 * terminal without a new build. Every field is optional; unknown fields are errors, so a typo is not silently
 * ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record KioskSettings(Integer idleTimeoutSeconds, String defaultLanguage, String contentDir, String statuteDir,
                            String trustedKeys) {

    public static final String FILE_NAME = "kiosk.yaml";

    public static KioskSettings none() {
        return new KioskSettings(null, null, null, null, null);
    }

    /** Reads {@code kiosk.yaml} from the data directory; no file means no settings. */
    public static KioskSettings read(Path dataDir) throws InvalidSettingsException {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            KioskSettings s = yaml.readValue(file.toFile(), KioskSettings.class);
            if (s == null) {
                return none();
            }
            s.validate(file);
            return s;
        } catch (IOException e) {
            throw new InvalidSettingsException(file + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
        }
    }

    private void validate(Path file) throws InvalidSettingsException {
        if (idleTimeoutSeconds != null && (idleTimeoutSeconds < 10 || idleTimeoutSeconds > 3600)) {
            throw new InvalidSettingsException(file + ": idleTimeoutSeconds must be between 10 and 3600, not "
                    + idleTimeoutSeconds);
        }
        if (defaultLanguage != null && !defaultLanguage.equals("zh") && !defaultLanguage.equals("en")) {
            throw new InvalidSettingsException(file + ": defaultLanguage must be zh or en, not " + defaultLanguage);
        }
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
