package org.legalkiosk.hub.schedule;

import java.util.Objects;

import org.legalkiosk.booking.domain.Office;

/**
 * An office as the hub keeps it: the booking module's {@link Office} (what a terminal shows), the township it belongs
 * to, how far ahead villagers may book, and how many hours before a slot unused quotas return to the pool.
 */
public record ScheduledOffice(Office office, String township, int bookAheadDays, int releaseHours) {

    public static final int MAX_BOOK_AHEAD_DAYS = 60;
    public static final int MAX_RELEASE_HOURS = 168;

    public ScheduledOffice {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(township, "township");
        length("名称 / name", office.name(), 1, 100);
        length("地址 / address", office.address(), 1, 200);
        length("电话 / phone", office.phone(), 0, 40);
        length("办公时间说明 / hours", office.hours(), 0, 200);
        length("乡镇 / township", township, 1, 64);
        if (bookAheadDays < 1 || bookAheadDays > MAX_BOOK_AHEAD_DAYS) {
            throw new IllegalArgumentException("可提前预约 1–" + MAX_BOOK_AHEAD_DAYS + " 天 / book ahead 1 to "
                    + MAX_BOOK_AHEAD_DAYS + " days, not " + bookAheadDays);
        }
        if (releaseHours < 1 || releaseHours > MAX_RELEASE_HOURS) {
            throw new IllegalArgumentException("名额回收提前 1–" + MAX_RELEASE_HOURS + " 小时 / release 1 to "
                    + MAX_RELEASE_HOURS + " hours before, not " + releaseHours);
        }
    }

    private static void length(String field, String value, int min, int max) {
        int n = value.strip().length();
        if (n < min || value.length() > max) {
            throw new IllegalArgumentException(field + ": " + min + "–" + max + " 个字 / characters");
        }
    }

    public String id() {
        return office.id();
    }
}
