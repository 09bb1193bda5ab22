package org.legalkiosk.kiosk.store;

import java.util.Locale;

/** What a token may do; each role includes the ones before it. */
public enum Role {
    VIEWER,
    PUBLISHER,
    ADMIN;

    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    /** The lower-case name used in JSON, files and on the command line. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.wireName().equals(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("role must be viewer, publisher or admin, not '" + text + "'");
    }
}
