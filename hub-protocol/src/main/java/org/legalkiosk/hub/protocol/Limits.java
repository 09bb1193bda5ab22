package org.legalkiosk.hub.protocol;

/**
 * Size and count limits of the terminal API. The hub refuses anything larger before parsing it; the kiosk never
 * builds anything larger. They are generous for what a terminal says and small enough that 15,000 terminals
 * cannot fill the hub's memory.
 */
public final class Limits {

    /** An enrolment request: a code and a version string. */
    public static final int MAX_ENROL_BYTES = 2 * 1024;
    /** A heartbeat: versions, up to {@link #MAX_DEVICES} device states, counters. */
    public static final int MAX_HEARTBEAT_BYTES = 16 * 1024;
    /** One outbox event as the kiosk's store wrote it (code, slot, matter, state). */
    public static final int MAX_EVENT_BYTES = 16 * 1024;
    /** A PNG of a 1080p kiosk screen is 0.2–2 MiB; anything larger is not a screenshot of one. */
    public static final int MAX_SCREENSHOT_BYTES = 4 * 1024 * 1024;
    /** Widths and heights past this are refused (a 4K screen is 3840 x 2160). */
    public static final int MAX_SCREENSHOT_SIDE = 4096;

    public static final int MAX_DEVICES = 32;
    public static final int MAX_TEXT = 200;
    public static final int MAX_NOTICES = 20;
    /** Decisions in one reply: a busy office's day for one terminal; more follow in the next replies. */
    public static final int MAX_DECISIONS = 50;
    /** Acknowledgements in one heartbeat: 200 numbers stay far under {@link #MAX_HEARTBEAT_BYTES}. */
    public static final int MAX_DECISION_ACKS = 200;

    private Limits() {}

    static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(field + " is required");
            }
            return null;
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new IllegalArgumentException(field + " holds control characters");
        }
        return value;
    }

    static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, not " + value);
        }
        return value;
    }
}
