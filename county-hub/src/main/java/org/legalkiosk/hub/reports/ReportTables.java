package org.legalkiosk.hub.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.legalkiosk.hub.callbacks.CallbackTopics;

/** The county report as tables, in the order the page shows them; the downloads hold the same tables. */
public final class ReportTables {

    /** The tables a CSV can be asked for by id. */
    public static final List<String> IDS = List.of(
            "bookings-weekly",
            "bookings",
            "waiting",
            "attendance",
            "selfcheck",
            "topics",
            "callback-topics",
            "searches");

    private ReportTables() {}

    public static List<ReportTable> of(CountyReport r) {
        List<ReportTable> tables = new ArrayList<>();
        List<List<Object>> weekly = new ArrayList<>();
        for (long[] w : r.bookingsPerWeek()) {
            weekly.add(List.of(LocalDate.ofEpochDay(w[0]).toString(), w[1]));
        }
        tables.add(new ReportTable(
                "bookings-weekly",
                "每周预约数（全县）",
                "Bookings per week, county-wide",
                List.of("周（周一） Week of", "预约数 Bookings"),
                weekly,
                "weeks",
                null));
        tables.add(new ReportTable(
                "bookings",
                "按办公室、服务和周的预约数",
                "Bookings per office, service and week",
                List.of("周（周一） Week of", "乡镇 Township", "办公室 Office", "服务 Service", "预约数 Bookings"),
                r.bookings().stream()
                        .map(b -> List.<Object>of(
                                b.week().toString(),
                                b.township(),
                                orUnknown(b.office()),
                                orUnknown(b.service()),
                                b.bookings()))
                        .toList(),
                null,
                "这段时间没有预约 No bookings in this period"));
        tables.add(new ReportTable(
                "waiting",
                "从预约到办理的等待天数",
                "Waiting days from booking to appointment",
                List.of(
                        "办公室 Office",
                        "服务 Service",
                        "预约数 Bookings",
                        "平均天数 Average days",
                        "中位数 Median days",
                        "最长 Longest"),
                r.waiting().stream()
                        .map(w -> List.<Object>of(
                                orUnknown(w.office()),
                                orUnknown(w.service()),
                                w.bookings(),
                                round1(w.average()),
                                round1(w.median()),
                                w.longest()))
                        .toList(),
                null,
                "这段时间没有带办理时间的预约 No bookings with an appointment time in this period"));
        tables.add(new ReportTable(
                "attendance",
                "到场与未到",
                "Attended and no-show",
                List.of("办公室 Office", "到场 Attended", "未到 No-show", "未到比例 No-show share"),
                r.attendance()
                        .map(rows -> rows.stream()
                                .map(a -> List.<Object>of(
                                        orUnknown(a.office()),
                                        a.attended(),
                                        a.noShow(),
                                        a.attended() + a.noShow() == 0
                                                ? "-"
                                                : Math.round(100.0 * a.noShow() / (a.attended() + a.noShow())) + "%"))
                                .toList())
                        .orElse(List.of()),
                null,
                r.attendance().isPresent()
                        ? "这段时间没有到场记录 No attendance recorded in this period"
                        : "司法所办公桌的到场记录上线后显示 Shown once the office desk records attendance"));
        tables.add(new ReportTable(
                "selfcheck",
                "法律援助自测结果",
                "Self-check outcomes",
                List.of("自测 Check", "结果 Outcome", "次数 Times"),
                r.selfChecks().stream()
                        .map(s -> List.<Object>of(s.check(), s.outcome(), s.count()))
                        .toList(),
                "bars",
                "这段时间没有完成的自测 No self-checks finished in this period"));
        tables.add(new ReportTable(
                "topics",
                "阅读最多的法律知识",
                "Most read topics",
                List.of("类型 Kind", "主题 Topic", "次数 Times"),
                r.topics().stream()
                        .map(t -> List.<Object>of(
                                t.kind().equals("category.view") ? "分类 Category" : "文章 Explainer",
                                t.topic(),
                                t.count()))
                        .toList(),
                "bars",
                "这段时间没有阅读记录 Nothing read in this period"));
        tables.add(new ReportTable(
                "callback-topics",
                "回电请求的事情",
                "Callback requests by topic",
                List.of("事情 Topic", "请求数 Requests"),
                r.callbackTopics().stream()
                        .map(t -> List.<Object>of(
                                CallbackTopics.zh(t.topic()) + " " + CallbackTopics.en(t.topic()), t.count()))
                        .toList(),
                "bars",
                "这段时间没有回电请求 No callback requests in this period"));
        tables.add(new ReportTable(
                "searches",
                "没有找到结果的搜索（每周）",
                "Searches that found nothing, per week",
                List.of("周（周一） Week of", "没有结果 Nothing found", "有结果但没打开 Results not opened"),
                r.searches().stream()
                        .map(s -> List.<Object>of(s.week().toString(), s.nothingFound(), s.abandoned()))
                        .toList(),
                "weeks",
                "这段时间没有搜索记录 No searches counted in this period"));
        return tables;
    }

    private static String orUnknown(String id) {
        return id == null || id.isEmpty() ? "（终端未报告） not reported" : id;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
