package org.legalkiosk.hub.web.console;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.legalkiosk.booking.print.DayListPdf;
import org.legalkiosk.hub.desk.DeskBooking;
import org.legalkiosk.hub.users.User;

/**
 * The desk's day as the printable list: what each appointment's block says, masked as the viewer sees it (the
 * bookings arrive already {@link DeskBooking#forViewer viewed}); the layout and the embedded font are the kiosk's own
 * ({@link DayListPdf}).
 */
final class DeskDayList {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final DayListPdf renderer = new DayListPdf();

    byte[] render(DeskDay day, User viewer) {
        List<DayListPdf.Section> sections = new ArrayList<>();
        for (DeskDay.Section section : day.sections()) {
            List<DayListPdf.Entry> entries = new ArrayList<>();
            for (DeskBooking b : section.bookings()) {
                String time =
                        HOURS.format(b.slotStart()) + (b.slotEnd() == null ? "" : "–" + HOURS.format(b.slotEnd()));
                List<String> lines = new ArrayList<>();
                lines.add("预约人：" + visitor(b) + "　电话：" + (b.visitorPhone() == null ? "—" : b.visitorPhone()));
                lines.add("事由：" + (b.matter() == null ? "—" : b.matter()));
                lines.add("来自：" + b.terminalName() + "（" + b.township() + "）");
                if (b.reason() != null) {
                    lines.add("原因：" + b.reason());
                }
                entries.add(new DayListPdf.Entry(
                        time + "　" + b.shownCode() + "　" + b.status().zh(), lines));
            }
            sections.add(new DayListPdf.Section(section.office() + " · " + section.serviceZh(), entries));
        }
        String scope = viewer.township() == null ? "全县" : viewer.township();
        return renderer.render(new DayListPdf.Page(
                scope + " 预约名单",
                day.date() + "　" + DeskDay.label(day.date()) + "　共 " + day.count() + " 人",
                sections,
                "当天没有预约",
                "打印人：" + viewer.displayName() + "（" + viewer.username() + "），" + Fmt.time(Instant.now())));
    }

    /** The name, or why there is none: erased after the retention period, or never kept (docs/decisions/0096). */
    private static String visitor(DeskBooking b) {
        if (b.erased()) {
            return "已按期删除";
        }
        return b.visitorName() == null ? "姓名未留存" : b.visitorName();
    }
}
