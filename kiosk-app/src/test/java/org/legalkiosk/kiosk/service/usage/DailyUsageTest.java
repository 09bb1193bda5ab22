package org.legalkiosk.kiosk.service.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class DailyUsageTest {

    /** Shanghai time that the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        MutableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new MutableClock(now, z);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MutableClock clock =
            new MutableClock(Instant.parse("2026-11-28T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final DailyUsage usage = new DailyUsage(clock);

    @Test
    void countsPerDayPerTopic() {
        usage.count(UsageKind.EXPLAINER_VIEW, "inheritance-order");
        usage.count(UsageKind.EXPLAINER_VIEW, "inheritance-order");
        usage.count(UsageKind.EXPLAINER_HELPFUL, "inheritance-order");
        usage.count(UsageKind.SEARCH_NOTHING_FOUND);
        DayCounts today = usage.today();
        assertEquals(LocalDate.of(2026, 11, 28), today.day());
        assertEquals(2, today.get(UsageKind.EXPLAINER_VIEW, "inheritance-order"));
        assertEquals(1, today.get(UsageKind.EXPLAINER_HELPFUL, "inheritance-order"));
        assertEquals(1, today.get(UsageKind.SEARCH_NOTHING_FOUND, null));
    }

    @Test
    void onlyContentIdsAreEverCounted() {
        usage.count(UsageKind.EXPLAINER_VIEW, "张三 13812345678");
        usage.count(UsageKind.EXPLAINER_VIEW, null);
        usage.count(UsageKind.SEARCH_ABANDONED, "lihun zhangsan");
        DayCounts today = usage.today();
        assertTrue(today.counts().get(UsageKind.EXPLAINER_VIEW.code()) == null, today.toString());
        assertEquals(
                List.of(""),
                List.copyOf(
                        today.counts().get(UsageKind.SEARCH_ABANDONED.code()).keySet()),
                "a search is counted, never its words");
    }

    @Test
    void drainHandsOverEachDayOnceAndMidnightStartsANewDay() {
        usage.count(UsageKind.CATEGORY_VIEW, "succession");
        clock.advance(Duration.ofHours(20)); // past midnight in Shanghai
        usage.count(UsageKind.CATEGORY_VIEW, "succession");
        assertEquals(1, usage.today().get(UsageKind.CATEGORY_VIEW, "succession"), "today starts at zero");
        List<DayCounts> drained = usage.drain();
        assertEquals(2, drained.size());
        assertEquals(LocalDate.of(2026, 11, 28), drained.get(0).day());
        assertEquals(LocalDate.of(2026, 11, 29), drained.get(1).day());
        assertTrue(usage.drain().isEmpty(), "nothing is delivered twice");
        usage.restore(drained.get(0));
        assertEquals(1, usage.drain().get(0).get(UsageKind.CATEGORY_VIEW, "succession"), "a failed delivery is kept");
    }
}
