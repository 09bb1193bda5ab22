package org.legalkiosk.hub.web.console;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.legalkiosk.hub.desk.DeskBooking;

/**
 * One day of the office desk: its bookings grouped by office and service, in time order within each.
 *
 * @param label e.g. {@code 12月2日 星期三}
 */
public record DeskDay(LocalDate date, String label, boolean today, List<Section> sections) {

    /** The bookings of one office for one service on that day. */
    public record Section(String office, String serviceZh, String serviceEn, List<DeskBooking> bookings) {

        /** An id for the page's anchors and the tests. */
        public String anchor(LocalDate date) {
            return "s-" + date + "-" + Integer.toHexString((office + "/" + serviceZh).hashCode());
        }
    }

    /** Every day from {@code from} for {@code days}, empty days included, the bookings (already in time order) placed. */
    public static List<DeskDay> of(LocalDate from, int days, LocalDate today, List<DeskBooking> bookings) {
        List<DeskDay> result = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate date = from.plusDays(i);
            Map<String, List<DeskBooking>> bySection = new LinkedHashMap<>();
            Map<String, DeskBooking> first = new LinkedHashMap<>();
            for (DeskBooking b : bookings) {
                if (b.slotStart() != null && b.slotStart().toLocalDate().equals(date)) {
                    String key = office(b) + "\u0000" + service(b);
                    bySection.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
                    first.putIfAbsent(key, b);
                }
            }
            List<Section> sections = new ArrayList<>();
            bySection.keySet().stream().sorted().forEach(key -> {
                DeskBooking b = first.get(key);
                sections.add(new Section(
                        office(b), service(b), b.serviceEn() == null ? "" : b.serviceEn(), bySection.get(key)));
            });
            result.add(new DeskDay(date, label(date), date.equals(today), sections));
        }
        return result;
    }

    public static String label(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日 "
                + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
    }

    public int count() {
        return sections.stream().mapToInt(s -> s.bookings().size()).sum();
    }

    private static String office(DeskBooking b) {
        return b.officeName() == null ? "（未知司法所）" : b.officeName();
    }

    private static String service(DeskBooking b) {
        return b.serviceZh() == null ? "（未知服务）" : b.serviceZh();
    }
}
