package org.legalkiosk.hub.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.sync.Backoff;
import org.legalkiosk.booking.sync.OutboxWorker;
import org.legalkiosk.booking.sync.SyncSettings;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.notices.NoticeDraft;
import org.legalkiosk.hub.protocol.DeviceReport;
import org.legalkiosk.hub.protocol.HeartbeatReply;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.terminals.TerminalRow;
import org.legalkiosk.kiosk.hub.HeartbeatWorker;
import org.legalkiosk.kiosk.hub.HubClient;
import org.legalkiosk.kiosk.hub.HubCredentials;
import org.legalkiosk.kiosk.hub.HubNoticeSync;
import org.legalkiosk.kiosk.store.FileNoticesStore;
import org.legalkiosk.kiosk.store.NoticeDocument;

/**
 * The kiosk's own code against the hub on loopback, through a front that refuses one request in three at random
 * (refused before the hub sees them, or stored with the answer lost, as an overloaded proxy or a dropped 4G link
 * would): the kiosk's heartbeat worker enrols with its one-time code
 * and reports, a notice composed on the hub lands in the kiosk's notices file, and the kiosk's real outbox worker
 * delivers 50 bookings from its real SQLite store, each stored on the hub exactly once.
 */
class KioskToHubTest {

    /**
     * Fails a third of all requests: half of those are refused before the hub sees them (503), the other half are
     * handled and stored but their answer is lost (the hub's reply is swallowed and the exchange fails), so the kiosk
     * must send the same event again.
     */
    static final class Flaky extends Handler.Wrapper {
        private final Random random = new Random(14);
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger lost = new AtomicInteger();

        Flaky(Handler next) {
            super(next);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            int roll;
            synchronized (random) {
                roll = random.nextInt(6);
            }
            if (roll == 0) {
                refused.incrementAndGet();
                response.setStatus(503);
                response.write(true, java.nio.ByteBuffer.allocate(0), callback);
                return true;
            }
            if (roll == 1) {
                lost.incrementAndGet();
                Response swallowed = new Response.Wrapper(request, response) {
                    @Override
                    public void write(boolean last, java.nio.ByteBuffer content, Callback written) {
                        written.succeeded();
                    }
                };
                return super.handle(
                        request,
                        swallowed,
                        Callback.from(
                                () -> callback.failed(new java.io.IOException("the answer was lost")),
                                callback::failed));
            }
            return super.handle(request, response, callback);
        }
    }

    @Test
    void aKioskEnrolsReportsGetsNoticesAndDeliversEveryBookingExactlyOnce(@TempDir Path kioskDir) throws Exception {
        Flaky[] front = new Flaky[1];
        try (HubFixture hub = new HubFixture(next -> front[0] = new Flaky(next))) {
            Files.writeString(
                    kioskDir.resolve(HubCredentials.ENROL_CODE_FILE),
                    hub.provision("village-1", "城关镇").enrolCode() + "\n",
                    StandardCharsets.US_ASCII);
            long noticeId = hub.hub
                    .notices()
                    .create(
                            "admin",
                            new NoticeDraft(
                                    "村委会今天下午有法律讲座",
                                    "Talk today",
                                    "下午三点，村委会二楼。",
                                    null,
                                    false,
                                    hub.clock.instant().minusSeconds(5),
                                    null,
                                    List.of("城关镇")));

            HubClient client = new HubClient(hub.server.uri());
            HubCredentials credentials =
                    new HubCredentials(kioskDir.resolve("hub-token"), kioskDir.resolve(HubCredentials.ENROL_CODE_FILE));
            FileNoticesStore notices = new FileNoticesStore(kioskDir);
            HeartbeatRequest report = new HeartbeatRequest(
                    "0.1.0",
                    3L,
                    List.of(new DeviceReport("receipt", "RECEIPT_PRINTER", "NEEDS_ATTENTION", "paper-out")),
                    1,
                    hub.clock.instant(),
                    50,
                    1L << 30,
                    120);
            HeartbeatWorker heartbeat = new HeartbeatWorker(
                    client,
                    credentials,
                    () -> report,
                    new HubNoticeSync(notices),
                    HeartbeatWorker.Actions.LOG_ONLY,
                    "0.1.0",
                    60);
            Optional<HeartbeatReply> reply = Optional.empty();
            for (int attempt = 0; attempt < 40 && reply.isEmpty(); attempt++) {
                reply = heartbeat.beatOnce(); // a refused enrolment or heartbeat is simply tried again
            }
            assertTrue(reply.isPresent(), "the kiosk got through to the hub");
            assertTrue(Files.exists(kioskDir.resolve("hub-token")));
            assertFalse(Files.exists(kioskDir.resolve(HubCredentials.ENROL_CODE_FILE)), "the spent code is gone");
            List<NoticeDocument> shown = notices.list();
            assertEquals(
                    List.of("hub-" + noticeId),
                    shown.stream().map(NoticeDocument::id).toList());
            assertEquals("村委会今天下午有法律讲座", shown.get(0).title().zh());
            TerminalRow row = hub.hub.fleet().terminals(Optional.empty()).stream()
                    .filter(r -> r.id().equals("village-1"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(row.online());
            assertEquals("paper-out", row.needsAttention().get(0).reason());

            // The notice is withdrawn on the hub: the next reply no longer carries it and the kiosk drops it.
            hub.hub.notices().withdraw("admin", noticeId, hub.clock.instant());
            Optional<HeartbeatReply> next = Optional.empty();
            for (int attempt = 0; attempt < 40 && next.isEmpty(); attempt++) {
                next = heartbeat.beatOnce();
            }
            assertTrue(next.isPresent());
            assertEquals(List.of(), notices.list());

            try (BookingStore store = BookingStore.open(kioskDir.resolve("bookings"))) {
                LocalDateTime nine = LocalDateTime.now()
                        .plusDays(1)
                        .withHour(9)
                        .withMinute(0)
                        .withSecond(0)
                        .withNano(0);
                store.putSchedule(
                        List.of(new Office("cg", "城关镇司法所", "城关镇政府一楼", "0000-1234567", "周一至周五")),
                        List.of(new Service("legal-aid", "法律援助", "Legal aid")),
                        List.of(new Slot("s1", "cg", "legal-aid", nine, nine.plusMinutes(30), 60)));
                for (int i = 0; i < 50; i++) {
                    store.book("s1", "村民" + i, "11010519491231002X", "13800138000", "wages", null);
                }
                SyncSettings sync = new SyncSettings(
                        client.eventsUri(),
                        kioskDir.resolve("hub-token"),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(10),
                        new Backoff(Duration.ofMillis(20), Duration.ofMillis(200)),
                        Duration.ofMillis(200));
                try (OutboxWorker worker = OutboxWorker.start(store, sync)) {
                    while (worker.pendingCount() > 0) {
                        Thread.sleep(50);
                    }
                }
                try (var c = hub.database.connection();
                        var q = c.createStatement()) {
                    ResultSet rs = q.executeQuery("SELECT count(*), count(DISTINCT idempotency_key),"
                            + " count(DISTINCT body->>'code') FROM terminal_events WHERE terminal_id = 'village-1'"
                            + " AND event_type = 'booking.created'");
                    rs.next();
                    assertEquals(50, rs.getLong(1), "each booking stored once");
                    assertEquals(50, rs.getLong(2));
                    assertEquals(50, rs.getLong(3));
                    ResultSet personal = q.executeQuery(
                            "SELECT count(*) FROM terminal_events WHERE body::text LIKE '%11010519491231002X%'");
                    personal.next();
                    assertEquals(0, personal.getLong(1), "no ID number reaches the hub (decision 0055)");
                    // The office desk has each booking once, with where, when and whom to call.
                    ResultSet desk = q.executeQuery("SELECT count(*), count(DISTINCT visitor_name),"
                            + " min(visitor_phone), min(office_name), min(service_zh) FROM desk_bookings"
                            + " WHERE terminal_id = 'village-1'");
                    desk.next();
                    assertEquals(50, desk.getLong(1));
                    assertEquals(50, desk.getLong(2));
                    assertEquals("13800138000", desk.getString(3));
                    assertEquals("城关镇司法所", desk.getString(4));
                    assertEquals("法律援助", desk.getString(5));
                }
            }
            assertTrue(front[0].refused.get() > 5, "the front really refused requests: " + front[0].refused.get());
            assertTrue(front[0].lost.get() > 5, "and lost answers: " + front[0].lost.get());
            String metrics = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(hub.uri("/metrics"))
                                    .header("Authorization", "Bearer " + hub.scrapeToken)
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body();
            assertTrue(
                    metrics.contains("hub_terminal_api_requests_total{route=\"events\",status=\"200\"}"),
                    "events whose answer was lost came again and were recognised as replays:\n" + metrics);
        }
    }
}
