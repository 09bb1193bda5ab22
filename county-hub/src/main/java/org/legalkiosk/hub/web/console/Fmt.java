package org.legalkiosk.hub.web.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the console writes times and sizes: Beijing time (the county's), minutes, no seconds. */
public final class Fmt {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final DateTimeFormatter INPUT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZONE);

    private Fmt() {}

    public static String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    /** The value of a {@code datetime-local} input. */
    public static String input(Instant instant) {
        return instant == null ? "" : INPUT.format(instant);
    }

    public static String bytes(Long bytes) {
        if (bytes == null) {
            return "—";
        }
        if (bytes >= 1L << 30) {
            return String.format("%.1f GiB", bytes / (double) (1L << 30));
        }
        return String.format("%d MiB", bytes >> 20);
    }

    public static String orDash(Object value) {
        return value == null ? "—" : value.toString();
    }
}
