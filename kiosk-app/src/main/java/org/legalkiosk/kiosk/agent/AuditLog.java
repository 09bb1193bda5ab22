package org.legalkiosk.kiosk.agent;

import java.io.IOException;
import java.util.List;

/** Who changed what on this kiosk through the agent, and how it ended; entries are never rewritten. */
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
    record Entry(String time, String tokenId, String tokenName, String role, String remote, String method,
                 String path, int status, String detail) {
    }

    /** Appends one entry; it is on disk when this returns. */
    void append(Entry entry) throws IOException;

    /** The newest {@code limit} entries, oldest first. */
    List<Entry> latest(int limit) throws IOException;
}
