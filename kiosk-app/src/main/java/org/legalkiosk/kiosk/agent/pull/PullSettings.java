package org.legalkiosk.kiosk.agent.pull;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

import org.legalkiosk.kiosk.config.KioskSettings;

/**
 * How a kiosk polls its channel.
 *
 * @param channelUri  the channel's {@code channel.json}; its signature is at the same URL plus {@code .sig}
 * @param interval    between checks while all is well
 * @param jitter      fraction (0..0.5) by which each wait is randomly longer or shorter, so a fleet switched on at
 *                    the same moment does not poll in step
 * @param retryDelay  the first wait after a failed check; doubled after each further failure
 * @param maxBackoff  the longest wait after failures
 */
public record PullSettings(URI channelUri, Duration interval, double jitter, Duration retryDelay, Duration maxBackoff) {

    public PullSettings {
        Objects.requireNonNull(channelUri, "channelUri");
        if (!"http".equals(channelUri.getScheme()) && !"https".equals(channelUri.getScheme())) {
            throw new IllegalArgumentException("the channel URL must be http or https: " + channelUri);
        }
        if (jitter < 0 || jitter > 0.5) {
            throw new IllegalArgumentException("jitter must be between 0 and 0.5, not " + jitter);
        }
        if (interval.isNegative()
                || interval.isZero()
                || retryDelay.isNegative()
                || retryDelay.isZero()
                || maxBackoff.compareTo(retryDelay) < 0) {
            throw new IllegalArgumentException("intervals must be positive and maxBackoff at least retryDelay");
        }
    }

    /** Every 15 minutes, 10 % jitter, retrying after 1 minute and backing off to 4 hours. */
    public static PullSettings of(URI channelUri) {
        return new PullSettings(channelUri, Duration.ofMinutes(15), 0.1, Duration.ofMinutes(1), Duration.ofHours(4));
    }

    /** The {@code pull:} section of kiosk.yaml, already validated there, with the default retry and backoff. */
    public static PullSettings from(KioskSettings.Pull pull) {
        return new PullSettings(
                URI.create(pull.channel()),
                Duration.ofMinutes(pull.intervalOrDefault()),
                pull.jitterOrDefault(),
                Duration.ofMinutes(1),
                Duration.ofHours(4));
    }

    public URI signatureUri() {
        return URI.create(channelUri + ".sig");
    }
}
