package org.legalkiosk.hub.protocol;

/**
 * The content a terminal should reach: the pull channel to follow and the version the county rolled out to it.
 *
 * @param channel a channel name (letters, digits, dash)
 * @param version the version to reach
 */
public record ContentTarget(String channel, long version) {

    public ContentTarget {
        channel = Limits.text("content.channel", channel, 64, true);
        if (!channel.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("content.channel must be lower-case letters, digits and dashes");
        }
        Limits.nonNegative("content.version", version);
    }
}
