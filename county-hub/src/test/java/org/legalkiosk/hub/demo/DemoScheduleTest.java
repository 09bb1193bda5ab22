package org.legalkiosk.hub.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.schedule.Schedule;
import org.legalkiosk.booking.schedule.ScheduleReader;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.hub.Hub;
import org.legalkiosk.hub.MutableClock;
import org.legalkiosk.hub.TestPostgres;
import org.legalkiosk.hub.db.Database;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.protocol.ScheduleReport;
import org.legalkiosk.hub.protocol.TerminalSchedule;

/**
 * The hub demo's county has a schedule: the demo kiosk, enrolled with the code the demo writes, gets its slots in
 * its first heartbeat reply, and its booking store offers them to a villager.
 */
class DemoScheduleTest {

    @Test
    void theDemoKioskGetsBookableSlotsInItsFirstHeartbeat(@TempDir Path hubDir, @TempDir Path kioskDir)
            throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:00:00Z")); // Tuesday 10:00 in Beijing
        try (Database db = TestPostgres.freshDatabase()) {
            Hub hub = Hub.over(db.dataSource(), clock, 60);
            new DemoData(hub, hubDir).loadIfEmpty();
            String code = Files.readString(hubDir.resolve("demo-enrol-code"), StandardCharsets.US_ASCII)
                    .strip();
            String token =
                    hub.terminals().enrol(new EnrolRequest(code, "0.1.0")).token();
            TerminalSchedule schedule = hub.heartbeats()
                    .accept(
                            hub.terminals().authenticate(token).orElseThrow(),
                            new HeartbeatRequest("0.1.0", 1L, List.of(), 0, null, 0, null, 60)
                                    .withSchedule(new ScheduleReport(0, List.of())))
                    .schedule();

            Schedule read = ScheduleReader.read(schedule.document(), LocalDate.of(2026, 12, 1));
            assertEquals(
                    List.of("城关镇司法所", "县法律援助中心"),
                    read.offices().stream().map(Office::name).toList());
            try (BookingStore store = BookingStore.open(kioskDir)) {
                store.putSchedule(read.offices(), read.services(), read.slots());
                LocalDateTime now = LocalDateTime.of(2026, 12, 1, 10, 0);
                assertEquals(
                        List.of("城关镇司法所"),
                        store.officesOffering("consultation", now).stream()
                                .map(Office::name)
                                .toList());
                assertFalse(store.days("chengguan-sfs", "consultation", now, 14).isEmpty());
                var today = store.slots("chengguan-sfs", "consultation", LocalDate.of(2026, 12, 1));
                assertTrue(
                        today.stream().noneMatch(t -> t.slot().start().getHour() == 12), "the lunch break has no slot");
                assertTrue(
                        today.stream()
                                .filter(t -> t.slot().bookableAt(now))
                                .allMatch(t -> !t.slot().start().isBefore(now.plusHours(2))),
                        "two hours' notice");
                assertTrue(
                        store.days("county-flyz", "legal-aid", now, 14).stream()
                                .noneMatch(d -> d.day().getDayOfWeek().getValue() > 5),
                        "weekends closed");
            }
        }
    }
}
