package org.legalkiosk.kiosk.store;

import java.io.IOException;
import java.util.List;

/**
 * Who changed what on this kiosk, by any path (agent, USB, pull, console commands), and how it ended; entries are
 * never rewritten, and {@link FileAuditLog} chains them so a rewrite shows.
 */
public interface AuditLog {

    /**
     * One mutating call.
     *
     * @param time      ISO-8601 instant
     *
     * @param tokenId   the token's id, or null when the caller was not authenticated
     * @param status    the HTTP status the caller got
     * @param detail    what was done or why it was refused, e.g. "content version 12 active"
     */
    record Entry(
            String time,
            String tokenId,
            String tokenName,
            String role,
            String remote,
            String method,
            String path,
            int status,
            String detail) {

        /** Status of a change made by a path other than HTTP ({@link #local}). */
        public static final int DONE = 200;
        /** Status of a change refused on a path other than HTTP. */
        public static final int REFUSED = 422;

        /**
         * A change that did not come over the agent's API: a USB stick, the channel, a command on the console.
         *
         * @param actor   who or what: {@code usb}, {@code pull}, {@code console:root}
         * @param method  the path it came by: {@code USB}, {@code PULL}, {@code CLI}
         * @param subject what it changed, e.g. {@code content}, {@code agent token create}
         */
        public static Entry local(
                java.time.Instant time, String actor, String method, String subject, boolean done, String detail) {
            return new Entry(
                    time.toString(), null, actor, null, "local", method, subject, done ? DONE : REFUSED, detail);
        }

        /** Who runs a command on this machine, for {@link #local}. */
        public static String consoleUser() {
            return "console:" + System.getProperty("user.name", "unknown");
        }
    }

    /** Appends one entry; it is on disk when this returns. */
    void append(Entry entry) throws IOException;

    /** The newest {@code limit} entries, oldest first. */
    List<Entry> latest(int limit) throws IOException;
}
