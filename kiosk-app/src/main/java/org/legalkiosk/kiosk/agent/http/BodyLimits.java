package org.legalkiosk.kiosk.agent.http;

import java.time.Duration;
import java.util.Objects;

/**
 * The minimum data rate and total time of request bodies (see {@link BodyWatch}).
 *
 * @param minBytesPerSecond average rate a body must keep once {@code grace} has passed
 * @param grace             how long a body may start slowly
 * @param maxJsonTime       the whole of a JSON body
 * @param maxBundleTime     the whole of a content bundle
 * @param maxConcurrent     bodies read at once; more are answered 503 at once
 */
public record BodyLimits(
        long minBytesPerSecond, Duration grace, Duration maxJsonTime, Duration maxBundleTime, int maxConcurrent) {
    /** 1 KiB/s after 10 s; a JSON body within 60 s, a bundle within an hour; 4 at a time. */
    public static final BodyLimits DEFAULT =
            new BodyLimits(1024, Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofHours(1), 4);

    public BodyLimits {
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(maxJsonTime, "maxJsonTime");
        Objects.requireNonNull(maxBundleTime, "maxBundleTime");
        if (minBytesPerSecond < 1 || maxConcurrent < 1) {
            throw new IllegalArgumentException("body rate and concurrency must be positive");
        }
    }
}
