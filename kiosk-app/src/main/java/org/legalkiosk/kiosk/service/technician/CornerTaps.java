package org.legalkiosk.kiosk.service.technician;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * The hidden way to the technician screen: five taps in the bottom-left corner within three seconds. A villager
 * does not tap an empty corner five times by chance; a technician who knows can do it without tools.
 */
public final class CornerTaps {

    public static final int TAPS = 5;
    public static final long WINDOW_NANOS = 3_000_000_000L;
    /** The corner's size in scene pixels, square, at the bottom left. */
    public static final double CORNER_PX = 120;

    private final LongSupplier nanos;
    private final Deque<Long> taps = new ArrayDeque<>();

    public CornerTaps(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** Whether a press at scene {@code (x, y)} on a scene {@code height} high falls in the corner. */
    public static boolean inCorner(double x, double y, double height) {
        return x <= CORNER_PX && y >= height - CORNER_PX;
    }

    /** A tap in the corner; true on the fifth within three seconds (and the count starts again). */
    public boolean tap() {
        long now = nanos.getAsLong();
        taps.addLast(now);
        while (!taps.isEmpty() && now - taps.peekFirst() > WINDOW_NANOS) {
            taps.removeFirst();
        }
        if (taps.size() >= TAPS) {
            taps.clear();
            return true;
        }
        return false;
    }

    /** A tap anywhere else breaks the sequence. */
    public void elsewhere() {
        taps.clear();
    }
}
