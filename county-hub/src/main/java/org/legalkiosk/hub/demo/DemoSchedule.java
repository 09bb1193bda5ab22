package org.legalkiosk.hub.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.legalkiosk.booking.domain.DayHours;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.TimeRange;
import org.legalkiosk.booking.domain.WorkingPlan;
import org.legalkiosk.hub.schedule.ScheduledOffice;
import org.legalkiosk.hub.schedule.Schedules;

/**
 * The demo county's schedule, so a newcomer sees bookable slots on a demo kiosk enrolled to the hub: the judicial
 * offices of 城关镇 and 石桥镇 and the county's legal aid centre, three services (the ids the kiosk's own demo
 * schedule uses), working plans with a lunch break and a minimum notice, and the terminals that sell each office's
 * seats (the demo kiosk among them). The holidays come from the V50 migration like in any hub.
 */
final class DemoSchedule {

    static final String CHENGGUAN = "chengguan-sfs";
    static final String SHIQIAO = "shiqiao-sfs";
    static final String LEGAL_AID_CENTRE = "county-flyz";

    private DemoSchedule() {}

    /** Seeds the schedule; the terminals named must exist (provisioned or enrolled). */
    static void load(Schedules schedules, String actor, String demoKiosk) {
        var offices = schedules.offices();
        offices.putOffice(
                actor,
                office(
                        CHENGGUAN,
                        "城关镇司法所",
                        "城关镇人民路 8 号，镇政府院内一楼",
                        "0931-8123401",
                        "周一至周五 9:00-12:00，14:00-17:30",
                        "城关镇"));
        offices.putOffice(
                actor, office(SHIQIAO, "石桥镇司法所", "石桥镇石桥街 21 号", "0931-8123402", "周一至周五 9:00-12:00，14:00-17:00", "石桥镇"));
        offices.putOffice(
                actor,
                office(
                        LEGAL_AID_CENTRE,
                        "县法律援助中心",
                        "县城建设路 66 号，司法局一楼",
                        "0931-8123400",
                        "周一至周五 8:30-12:00，14:00-17:30",
                        "城关镇"));
        offices.putService(actor, new Service("legal-aid", "法律援助", "Legal aid"));
        offices.putService(actor, new Service("consultation", "法律咨询", "Legal consultation"));
        offices.putService(actor, new Service("mediation", "人民调解", "People's mediation"));

        var plans = schedules.plans();
        DayHours chengguan = DayHours.of(LocalTime.of(9, 0), LocalTime.of(17, 30), lunch(12, 0, 14, 0));
        DayHours shiqiao = DayHours.of(LocalTime.of(9, 0), LocalTime.of(17, 0), lunch(12, 0, 14, 0));
        DayHours centre = DayHours.of(LocalTime.of(8, 30), LocalTime.of(17, 30), lunch(12, 0, 14, 0));
        plans.put(actor, plan(CHENGGUAN, "consultation", 30, 3, weekdays(chengguan), Duration.ofHours(2)));
        plans.put(actor, plan(CHENGGUAN, "mediation", 60, 1, weekdays(chengguan), Duration.ofHours(24)));
        plans.put(actor, plan(SHIQIAO, "consultation", 30, 2, weekdays(shiqiao), Duration.ofHours(2)));
        plans.put(actor, plan(LEGAL_AID_CENTRE, "legal-aid", 30, 4, weekdays(centre), Duration.ofHours(4)));

        offices.assign(actor, CHENGGUAN, demoKiosk, 2);
        offices.assign(actor, CHENGGUAN, "cg-dongjie", 1);
        offices.assign(actor, CHENGGUAN, "cg-nanguan", 1);
        offices.assign(actor, LEGAL_AID_CENTRE, demoKiosk, 1);
        offices.assign(actor, LEGAL_AID_CENTRE, "cg-dongjie", 1);
        offices.assign(actor, LEGAL_AID_CENTRE, "sq-shiqiao", 1);
        offices.assign(actor, SHIQIAO, "sq-shiqiao", 1);
        offices.assign(actor, SHIQIAO, "sq-liujia", 1);
    }

    private static ScheduledOffice office(
            String id, String name, String address, String phone, String hours, String township) {
        return new ScheduledOffice(new Office(id, name, address, phone, hours), township, 14, 24);
    }

    private static TimeRange lunch(int h1, int m1, int h2, int m2) {
        return new TimeRange(LocalTime.of(h1, m1), LocalTime.of(h2, m2));
    }

    private static Map<DayOfWeek, DayHours> weekdays(DayHours hours) {
        Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(day, hours);
        }
        return week;
    }

    private static WorkingPlan plan(
            String office, String service, int minutes, int seats, Map<DayOfWeek, DayHours> week, Duration notice) {
        return new WorkingPlan(office, service, Duration.ofMinutes(minutes), seats, week, List.of(), notice);
    }
}
