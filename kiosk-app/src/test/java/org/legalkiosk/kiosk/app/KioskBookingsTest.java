package org.legalkiosk.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.DayAvailability;
import org.legalkiosk.booking.store.SlotAvailability;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.agent.AgentServer;
import org.legalkiosk.kiosk.agent.terminal.KioskStatus;
import org.legalkiosk.kiosk.agent.terminal.ScreenCapture;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.config.LiveSettings;
import org.legalkiosk.personal.IdNumbers;

class KioskBookingsTest {

    /** A Thursday morning in the county. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static final String ID_NUMBER = IdNumbers.withCheckCharacter("62010219900101123");

    @TempDir
    Path data;

    @Test
    void theDemoGetsTheSampleScheduleWithTheThreeServicesTheSelfCheckAndBookingScreensUse() {
        try (KioskBookings bookings = KioskBookings.start(data, true, KioskSettings.none(), CLOCK)) {
            BookingStore store = bookings.store();
            assertEquals(
                    List.of("legal-aid", "consultation", "mediation"),
                    store.services().stream().map(Service::id).toList());
            List<DayAvailability> days =
                    store.days("qingshan-sfs", "legal-aid", LocalDate.now(CLOCK).atStartOfDay(), 14);
            assertEquals(10, days.size(), "two working weeks of legal-aid days: " + days);
            List<SlotAvailability> thursday = store.slots("qingshan-sfs", "legal-aid", LocalDate.now(CLOCK));
            assertEquals(13, thursday.size(), "09:00-12:00 and 14:00-17:30 in half hours, none over lunch");
            assertTrue(
                    thursday.stream()
                            .noneMatch(s -> s.slot().start().getHour() == 12
                                    || s.slot().start().getHour() == 13),
                    "no slot in the lunch break");
            assertTrue(
                    store.officesOffering("mediation", LocalDate.now(CLOCK).atStartOfDay())
                                    .size()
                            == 2,
                    "the village workstation offers mediation on the mediator's visiting day");
        }
    }

    @Test
    void aRestartKeepsTheDemoBookingsInsteadOfLoadingTheSampleAgain() {
        String code;
        try (KioskBookings bookings = KioskBookings.start(data, true, KioskSettings.none(), CLOCK)) {
            SlotAvailability slot = bookings.store()
                    .slots("qingshan-sfs", "legal-aid", LocalDate.now(CLOCK))
                    .get(0);
            Booking booking =
                    bookings.store().book(slot.slot().id(), "张三", ID_NUMBER, "13812345678", "unpaid-wages", "");
            code = booking.code();
            assertEquals(1, bookings.pendingSync(), "the booking waits in the outbox: no endpoint is configured");
            assertEquals(Optional.of(code), bookings.store().latestConfirmedCode(), "the demo panel's QR code");
            bookings.store().cancel(code);
            assertEquals(
                    Optional.empty(), bookings.store().latestConfirmedCode(), "a cancelled booking is not offered");
        }
        try (KioskBookings again = KioskBookings.start(data, true, KioskSettings.none(), CLOCK)) {
            assertTrue(again.store().find(code).isPresent());
            assertEquals(2, again.pendingSync(), "the booking and its cancellation");
        }
    }

    @Test
    void aLostKeyLeavesTheKioskRunningWithoutBookingsAndTheEncryptedFileUntouched() throws Exception {
        try (KioskBookings bookings = KioskBookings.start(data, true, KioskSettings.none(), CLOCK)) {
            SlotAvailability slot = bookings.store()
                    .slots("qingshan-sfs", "legal-aid", LocalDate.now(CLOCK))
                    .get(0);
            bookings.store().book(slot.slot().id(), "张三", ID_NUMBER, "13812345678", "unpaid-wages", "");
        }
        Files.delete(data.resolve(BookingStore.KEY_FILE));
        byte[] before = Files.readAllBytes(data.resolve(BookingStore.DATABASE_FILE));

        assertEquals(
                Optional.empty(),
                KioskBookings.tryStart(data, true, KioskSettings.none(), CLOCK),
                "no new key over bookings only the lost one can read");
        assertFalse(Files.exists(data.resolve(BookingStore.KEY_FILE)));
        assertTrue(
                java.util.Arrays.equals(before, Files.readAllBytes(data.resolve(BookingStore.DATABASE_FILE))),
                "the bookings wait, unchanged, for the key to be restored");
    }

    @Test
    void outsideTheDemoNothingIsInventedAndABrokenSyncSectionStillTakesBookings() throws Exception {
        Files.writeString(data.resolve("kiosk.yaml"), "sync:\n  endpoint: http://example.org/events\n");
        KioskSettings settings = KioskSettings.read(data);
        try (KioskBookings bookings = KioskBookings.start(data, false, settings, CLOCK)) {
            assertTrue(bookings.store().services().isEmpty(), "a real terminal waits for the county's schedule");
            assertEquals(0, bookings.pendingSync());
        }
    }

    @Test
    void settingsRefuseASyncSectionWithoutEndpointAndRetentionOutOfRange() throws Exception {
        Files.writeString(data.resolve("kiosk.yaml"), "sync:\n  tokenFile: sync-token\n");
        assertFalse(readable());
        Files.writeString(data.resolve("kiosk.yaml"), "bookingRetentionDays: 0\n");
        assertFalse(readable());
        Files.writeString(
                data.resolve("kiosk.yaml"),
                "bookingRetentionDays: 90\ndevices:\n  - id: receipt\n    kind: receipt-printer\n    transport: tcp\n    host: 192.168.1.50\n");
        assertEquals(90, KioskSettings.read(data).bookingRetentionDaysOrDefault(30));
    }

    private boolean readable() {
        try {
            KioskSettings.read(data);
            return true;
        } catch (KioskSettings.InvalidSettingsException e) {
            return false;
        }
    }

    @Test
    void theRunningAgentServesTheBookingRoutesAndReportsTheSyncBacklog() throws Exception {
        KioskConfig config = new KioskConfig(
                data,
                Optional.empty(),
                Optional.empty(),
                Duration.ofSeconds(90),
                Language.ZH,
                true,
                true,
                false,
                1600,
                900,
                "127.0.0.1",
                0);
        try (KioskBookings bookings = KioskBookings.start(data, true, KioskSettings.none(), CLOCK)) {
            SlotAvailability slot = bookings.store()
                    .slots("qingshan-sfs", "legal-aid", LocalDate.now(CLOCK))
                    .get(0);
            bookings.store().book(slot.slot().id(), "张三", ID_NUMBER, "13812345678", "unpaid-wages", "");
            AgentServer agent = AgentStarter.start(
                            config,
                            new LiveSettings(),
                            ScreenCapture.NONE,
                            List::of,
                            Optional.of(bookings),
                            () -> KioskStatus.HelpTally.NONE)
                    .orElseThrow();
            try {
                int port = Integer.parseInt(
                        Files.readString(data.resolve("agent.port")).strip());
                String token = Files.readString(data.resolve(AgentStarter.DEMO_TOKEN_FILE))
                        .strip();
                HttpResponse<String> status = get(port, token, "/api/v1/status");
                assertTrue(status.body().contains("\"pendingBookingSync\":1"), status.body());
                HttpResponse<String> export = get(port, token, "/api/v1/bookings");
                assertEquals(200, export.statusCode(), export.body());
                assertTrue(export.body().contains("unpaid-wages"), export.body());
                HttpResponse<String> metrics = get(port, token, "/metrics");
                assertTrue(metrics.body().contains("booking_sync_pending 1.0"), "backlog in the metrics");
                assertTrue(metrics.body().contains("bookings{state=\"confirmed\"} 1.0"), metrics.body());
                assertTrue(metrics.body().contains("bookings{state=\"cancelled\"} 0.0"), "every state is a series");
            } finally {
                AgentStarter.stop(agent);
            }
        }
    }

    private static HttpResponse<String> get(int port, String token, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
