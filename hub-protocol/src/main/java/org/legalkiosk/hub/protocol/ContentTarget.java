package org.legalkiosk.hub.protocol;

/**
 * The content a terminal should reach: the pull channel to follow and the version the county rolled out to it.
 *
 * @param channel    a channel name (letters, digits, dash): the bundle's own channel
 * @param version    the version to reach
 * @param channelKey the public key (base64 of its X.509 encoding) that signs the hub's channel documents
 *                   ({@link TerminalApi#channelPath}); null from a hub that does not publish a pull channel. It only
 *                   vouches for which version the hub offers: the content itself must still be signed by a key the
 *                   terminal trusts (see docs/decisions/0035-hub-publishes-a-static-pull-channel.md)
 */
public record ContentTarget(String channel, long version, String channelKey) {

    public ContentTarget {
        channel = Limits.text("content.channel", channel, 64, true);
        if (!channel.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("content.channel must be lower-case letters, digits and dashes");
        }
        Limits.nonNegative("content.version", version);
        channelKey = Limits.text("content.channelKey", channelKey, 200, false);
        if (channelKey != null && !channelKey.matches("[A-Za-z0-9+/=]{40,200}")) {
            throw new IllegalArgumentException("content.channelKey must be a base64 public key");
        }
    }

    /** A target without a channel key (a hub that leaves publishing to a static server of the county's own). */
    public ContentTarget(String channel, long version) {
        this(channel, version, null);
    }
}
