package org.legalkiosk.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.kiosk.agent.terminal.KioskStatus;
import org.legalkiosk.kiosk.agent.terminal.LocalStatusProvider;
import org.legalkiosk.kiosk.service.usage.DailyUsage;
import org.legalkiosk.kiosk.service.usage.UsageKind;
import org.legalkiosk.kiosk.service.usage.UsageOutbox;
import org.legalkiosk.kiosk.store.StoreContentAdmin;

/** Today's usage counts in the agent's status, and the hourly hand-over to the outbox. */
class UsageStatusTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    @Test
    void theStatusShowsTodaysCounts() throws Exception {
        DailyUsage usage = new DailyUsage(CLOCK);
        usage.count(UsageKind.EXPLAINER_VIEW, "domestic-violence");
        usage.count(UsageKind.SEARCH_NOTHING_FOUND);
        LocalStatusProvider status = new LocalStatusProvider(
                "test",
                dataDir,
                StoreContentAdmin.forDataDir(dataDir, "test", CLOCK),
                List::of,
                () -> 0,
                () -> KioskStatus.HelpTally.NONE,
                () -> KioskLauncher.usageToday(usage),
                CLOCK);
        JsonNode json = new ObjectMapper().valueToTree(status.status());
        JsonNode today = json.get("usageToday");
        assertEquals("2026-11-28", today.get("day").asText());
        assertEquals(
                1,
                today.get("counts")
                        .get("explainer.view")
                        .get("domestic-violence")
                        .asInt());
        assertEquals(1, today.get("counts").get("search.nothingFound").get("").asInt());
    }

    @Test
    void countsReachTheOutboxAndAreNotHandedOverTwice() {
        DailyUsage usage = new DailyUsage(CLOCK);
        try (BookingStore store = BookingStore.open(dataDir)) {
            UsageReporting reporting = new UsageReporting(usage, Optional.of(new UsageOutbox(store, CLOCK)));
            usage.count(UsageKind.BOOKING_NOT_SOLVED);
            reporting.flush();
            reporting.flush();
            assertEquals(1, store.outboxPending().size());
            usage.count(UsageKind.BOOKING_HELPFUL);
            reporting.close();
            assertEquals(2, store.outboxPending().size(), "what was counted before shutdown is kept");
            assertTrue(store.outboxPending().stream().allMatch(e -> e.type().equals(UsageOutbox.EVENT_TYPE)));
        }
    }
}
