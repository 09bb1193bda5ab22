package org.legalkiosk.hub.content;

import java.time.Instant;

/**
 * A rollout waiting for its time.
 *
 * @param group the group, or null for every group
 */
public record ScheduledRollout(long id, long version, String group, Instant startsAt, String createdBy) {

    public boolean toAll() {
        return group == null;
    }
}
