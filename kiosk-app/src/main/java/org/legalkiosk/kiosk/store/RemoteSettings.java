package org.legalkiosk.kiosk.store;

import org.legalkiosk.kiosk.config.KioskSettings;

/**
 * The part of {@code kiosk.yaml} an administrator may change through the agent; null means "the default".
 * The pull channel may be set (a channel is signed content like a push, so a wrong URL can only fail to deliver).
 * Paths (content, statutes, trusted keys) stay local: changing them remotely would let a token holder point the
 * kiosk at files of its choosing.
 */
public record RemoteSettings(Integer idleTimeoutSeconds, String defaultLanguage, KioskSettings.Pull pull) {

    /** Every problem names the setting (the agent answers it 400 {@code invalid_settings}). */
    public RemoteSettings validate() throws InvalidValueException {
        if (idleTimeoutSeconds != null && (idleTimeoutSeconds < 10 || idleTimeoutSeconds > 3600)) {
            throw new InvalidValueException(
                    "idleTimeoutSeconds must be between 10 and 3600, not " + idleTimeoutSeconds);
        }
        if (defaultLanguage != null && !defaultLanguage.equals("zh") && !defaultLanguage.equals("en")) {
            throw new InvalidValueException("defaultLanguage must be zh or en, not " + defaultLanguage);
        }
        if (pull != null && pull.problem().isPresent()) {
            throw new InvalidValueException(pull.problem().get());
        }
        return this;
    }
}
