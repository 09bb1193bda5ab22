package org.legalkiosk.hub.protocol;

import java.time.Instant;

/**
 * The terminal is pinned to a content version by an explicit rollback (docs/decisions/0019): it takes no bundle up
 * to {@code rolledBackFrom} until an admin unpins it, so the hub must not expect its rollout target to arrive.
 *
 * @param version        the version the terminal was rolled back to
 * @param rolledBackFrom only bundles newer than this replace the pinned one
 * @param since          when the pin was set, or null when the terminal does not know
 */
public record ContentPin(long version, long rolledBackFrom, Instant since) {

    public ContentPin {
        Limits.nonNegative("pin.version", version);
        Limits.nonNegative("pin.rolledBackFrom", rolledBackFrom);
    }
}
