package org.legalkiosk.kiosk.service.usage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The counts of the running kiosk, per local day. It keeps two things: today's totals, for the agent's status, and
 * what has not been handed to the outbox yet, which {@link #drain()} takes (hourly, and at shutdown), so a power
 * cut loses at most the last hour's counts and the county adds up each day's deliveries.
 */
public final class DailyUsage implements UsageCounts {

    /** Content ids only: anything else (a search term, a name) is never counted. */
    private static final Pattern CONTENT_ID = Pattern.compile("[a-z0-9-]{3,60}");

    private final Clock clock;
    private final Map<LocalDate, Map<String, Map<String, Integer>>> undelivered = new LinkedHashMap<>();
    private LocalDate today;
    private Map<String, Map<String, Integer>> todayTotals = new HashMap<>();

    public DailyUsage(Clock clock) {
        this.clock = clock;
        this.today = LocalDate.now(clock);
    }

    @Override
    public synchronized void count(UsageKind kind, String subject) {
        String key;
        if (kind.hasSubject()) {
            if (subject == null || !CONTENT_ID.matcher(subject).matches()) {
                return;
            }
            key = subject;
        } else {
            key = "";
        }
        LocalDate day = LocalDate.now(clock);
        if (!day.equals(today)) {
            today = day;
            todayTotals = new HashMap<>();
        }
        add(todayTotals, kind, key);
        add(undelivered.computeIfAbsent(day, d -> new HashMap<>()), kind, key);
    }

    private static void add(Map<String, Map<String, Integer>> counts, UsageKind kind, String key) {
        counts.computeIfAbsent(kind.code(), k -> new HashMap<>()).merge(key, 1, Integer::sum);
    }

    /** Today's totals so far. */
    public synchronized DayCounts today() {
        LocalDate day = LocalDate.now(clock);
        return new DayCounts(day, day.equals(today) ? todayTotals : Map.of());
    }

    /** Everything counted since the last drain, one entry per day, oldest first; afterwards nothing is pending. */
    public synchronized List<DayCounts> drain() {
        List<DayCounts> out = new ArrayList<>();
        undelivered.forEach((day, counts) -> out.add(new DayCounts(day, counts)));
        undelivered.clear();
        return out;
    }

    /** Puts counts back that could not be delivered, so the next drain carries them. */
    public synchronized void restore(DayCounts counts) {
        Map<String, Map<String, Integer>> day = undelivered.computeIfAbsent(counts.day(), d -> new HashMap<>());
        counts.counts()
                .forEach((kind, bySubject) -> bySubject.forEach((subject, n) ->
                        day.computeIfAbsent(kind, k -> new HashMap<>()).merge(subject, n, Integer::sum)));
    }
}
