package org.legalkiosk.hub.protocol;

import java.time.Instant;
import java.util.List;

/**
 * What the terminal should do next, carried back on every heartbeat: the terminal never has to be reachable.
 *
 * @param nextHeartbeatSeconds when to send the next heartbeat (the kiosk adds jitter)
 * @param content              the content to reach, or null when the county set none
 * @param notices              the notices to show (the whole set: a notice missing here is withdrawn)
 * @param screenshotRequested  the county asked for a screenshot
 * @param serverTime           the hub's clock, so a terminal can tell its own clock is wrong
 */
public record HeartbeatReply(int nextHeartbeatSeconds, ContentTarget content, List<HubNotice> notices,
                             boolean screenshotRequested, Instant serverTime) {

    public HeartbeatReply {
        if (nextHeartbeatSeconds < 10 || nextHeartbeatSeconds > 3600) {
            throw new IllegalArgumentException("nextHeartbeatSeconds must be within 10..3600, not "
                    + nextHeartbeatSeconds);
        }
        notices = notices == null ? List.of() : List.copyOf(notices);
        if (notices.size() > Limits.MAX_NOTICES) {
            throw new IllegalArgumentException("notices holds more than " + Limits.MAX_NOTICES + " entries");
        }
    }
}
