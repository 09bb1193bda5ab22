package org.legalkiosk.kiosk.agent.usb;

/**
 * What the USB inbox checks before it copies a file off a stick: a stick can hold a file far larger than any
 * bundle (by mistake or not), and copying it first would fill the kiosk's disk before the size was ever looked at.
 *
 * @param maxBundleBytes largest file taken, the same limit a push has
 * @param keepFreeBytes  free space left on the kiosk's disk after the copy and the version it unpacks to
 */
public record InboxLimits(long maxBundleBytes, long keepFreeBytes) {

    /** 512 MiB bundles, as for a push; 256 MiB kept free for logs, bookings and the screen's own needs. */
    public static final InboxLimits DEFAULT = new InboxLimits(512L * 1024 * 1024, 256L * 1024 * 1024);

    public InboxLimits {
        if (maxBundleBytes < 1 || keepFreeBytes < 0) {
            throw new IllegalArgumentException("the bundle limit must be positive and the free space not negative");
        }
    }

    /**
     * The space an apply of {@code size} bytes needs: the copy, plus about as much again for the objects and the
     * unpacked version, plus what must stay free.
     */
    long spaceNeededFor(long size) {
        return Math.addExact(Math.multiplyExact(size, 2), keepFreeBytes);
    }
}
