package org.legalkiosk.hub.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.OfficeDecision;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.Outbox;
import org.legalkiosk.booking.store.OutboxEvent;
import org.legalkiosk.booking.store.PersonalDataPurge;
import org.legalkiosk.booking.sync.Backoff;
import org.legalkiosk.booking.sync.OutboxWorker;
import org.legalkiosk.booking.sync.SyncSettings;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.desk.DeskBooking;
import org.legalkiosk.hub.desk.DeskStatus;
import org.legalkiosk.hub.protocol.HeartbeatReply;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.terminals.TerminalIdentity;
import org.legalkiosk.hub.web.ConsoleClient;
import org.legalkiosk.kiosk.hub.HeartbeatWorker;
import org.legalkiosk.kiosk.hub.HubClient;
import org.legalkiosk.kiosk.hub.HubCredentials;
import org.legalkiosk.kiosk.hub.HubDecisionSync;
import org.legalkiosk.kiosk.hub.HubNoticeSync;
import org.legalkiosk.kiosk.service.booking.BookingDetails;
import org.legalkiosk.kiosk.service.booking.StoreBookingDesk;
import org.legalkiosk.kiosk.store.FileNoticesStore;

/**
 * The office's decisions back to the villager, end to end on loopback: bookings made in the kiosk's real SQLite store
 * reach the desk through its real outbox worker; an officer confirms one and cancels another with a reason on the
 * console; after the kiosk's next heartbeat (its real worker and {@link HubDecisionSync}) its store, and the booking
 * desk My booking reads, show them. A reply lost on the way and a kiosk restarted after applying but before
 * acknowledging both end with the decision applied once and acknowledged; a decision for a booking the kiosk has
 * purged is acknowledged and dropped. One hub and one kiosk for the class.
 */
class DecisionsToKioskTest {

    /** Loses the answer of the next heartbeat when asked: the hub handles it, the kiosk never hears back. */
    static final class LosesAReply extends Handler.Wrapper {
        final AtomicBoolean loseNext = new AtomicBoolean();

        LosesAReply(Handler next) {
            super(next);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (!request.getHttpURI().getPath().endsWith("/heartbeat") || !loseNext.getAndSet(false)) {
                return super.handle(request, response, callback);
            }
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
                            () -> callback.failed(new java.io.IOException("the answer was lost")), callback::failed));
        }
    }

    private static final LosesAReply[] FRONT = new LosesAReply[1];
    private static HubFixture hub;
    private static Path kioskDir;
    private static BookingStore store;
    private static HubClient client;
    private static HubCredentials credentials;
    private static ConsoleClient officer;

    @BeforeAll
    static void start() throws Exception {
        hub = new HubFixture(next -> FRONT[0] = new LosesAReply(next));
        kioskDir = Files.createTempDirectory("decisions-kiosk-");
        Files.writeString(
                kioskDir.resolve(HubCredentials.ENROL_CODE_FILE),
                hub.provision("village-9", "城关镇").enrolCode() + "\n",
                StandardCharsets.US_ASCII);
        client = new HubClient(hub.server.uri());
        credentials =
                new HubCredentials(kioskDir.resolve("hub-token"), kioskDir.resolve(HubCredentials.ENROL_CODE_FILE));
        store = BookingStore.open(kioskDir.resolve("bookings"));
        LocalDateTime nine = LocalDateTime.now()
                .plusDays(1)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        store.putSchedule(
                List.of(new Office("cg", "城关镇司法所", "城关镇政府一楼", "0000-1234567", "周一至周五")),
                List.of(new Service("legal-aid", "法律援助", "Legal aid")),
                List.of(new Slot("s1", "cg", "legal-aid", nine, nine.plusMinutes(30), 10)));
        officer = new ConsoleClient(hub.server.uri());
        assertEquals(303, officer.login("officer", HubFixture.PASSWORD));
        officer.get("/");
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
        try (var files = Files.walk(kioskDir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    /** The kiosk as its launcher wires it, with a fresh decision sync (a restarted kiosk has an empty memory). */
    private static HeartbeatWorker kiosk(HubDecisionSync decisions) {
        HeartbeatRequest report = new HeartbeatRequest("0.1.0", 3L, List.of(), 0, null, 0, 1L << 30, 120);
        return new HeartbeatWorker(
                client,
                credentials,
                () -> report,
                new HubNoticeSync(new FileNoticesStore(kioskDir)),
                new HeartbeatWorker.Actions(t -> {}, () -> {}, null, decisions),
                "0.1.0",
                60);
    }

    private static Booking bookAndDeliver(String name) throws Exception {
        Booking booking = store.book("s1", name, "11010519491231002X", "13800138000", "wages", null);
        SyncSettings sync = new SyncSettings(
                client.eventsUri(),
                kioskDir.resolve("hub-token"),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                new Backoff(Duration.ofMillis(20), Duration.ofMillis(200)),
                Duration.ofMillis(200));
        try (OutboxWorker worker = OutboxWorker.start(store, sync)) {
            while (worker.pendingCount() > 0) {
                Thread.sleep(20); // the worker's own thread delivers; nothing to wake on but its count
            }
        }
        return booking;
    }

    private static DeskBooking onDesk(String code) {
        return hub.hub.desk().find("village-9", code, Optional.empty()).orElseThrow();
    }

    private static void decide(String code, Map<String, String> form) throws Exception {
        assertEquals(
                303,
                officer.post("/desk/bookings/village-9/" + code + "/decision", form)
                        .statusCode());
    }

    private static HeartbeatReply beat(HeartbeatWorker kiosk) throws Exception {
        return kiosk.beatOnce().orElseThrow(() -> new AssertionError("the heartbeat got through"));
    }

    /** sent_at and acknowledged_at of the booking's decisions, oldest first. */
    private static List<String[]> delivery(String code) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (var c = hub.database.connection();
                var q = c.prepareStatement("SELECT decision, sent_at, acknowledged_at FROM booking_decisions"
                        + " WHERE terminal_id = 'village-9' AND booking_code = ? ORDER BY id")) {
            q.setString(1, code);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        return rows;
    }

    private static long stateChanges(String code) {
        return store.outboxPending().stream()
                .filter(e ->
                        e.type().equals("booking.state_changed") && e.payload().contains(code))
                .count();
    }

    @Test
    void aConfirmationAndACancellationReachMyBookingAfterTheNextHeartbeat() throws Exception {
        HeartbeatWorker kiosk = kiosk(new HubDecisionSync(store.decisions()));
        beat(kiosk); // enrols
        Booking confirmed = bookAndDeliver("张三");
        Booking cancelled = bookAndDeliver("李四");
        assertEquals(DeskStatus.AWAITING, onDesk(confirmed.code()).status(), "the booking is on the desk");
        assertEquals("张三", onDesk(confirmed.code()).visitorName());

        decide(confirmed.code(), Map.of("decision", "CONFIRMED"));
        decide(cancelled.code(), Map.of("decision", "CANCELLED", "reason", "OFFICE_CLOSED", "reasonText", "停电"));
        HeartbeatReply reply = beat(kiosk);
        assertEquals(2, reply.decisions().size());

        StoreBookingDesk desk = new StoreBookingDesk(store, Clock.systemDefaultZone());
        BookingDetails mine = desk.find(confirmed.code()).orElseThrow();
        assertEquals(BookingState.CONFIRMED, mine.booking().state());
        assertEquals(OfficeDecision.Kind.CONFIRMED, mine.decision().kind());
        BookingDetails theirs = desk.find(cancelled.code()).orElseThrow();
        assertEquals(BookingState.REJECTED, theirs.booking().state(), "the seat is freed");
        assertEquals(OfficeDecision.Kind.CANCELLED, theirs.decision().kind());
        assertEquals("司法所当天不办公：停电", theirs.decision().reason());
        assertEquals(OfficeDecision.Reason.OFFICE_CLOSED, theirs.decision().listReason(), "the reason by name");
        assertEquals("司法所当天不办公：停电", theirs.decision().reasonIn(false));
        assertEquals("The office is closed that day – 停电", theirs.decision().reasonIn(true), "English, words as typed");
        var wire = reply.decisions().stream()
                .filter(d -> d.code().equals(cancelled.code()))
                .findFirst()
                .orElseThrow();
        assertEquals("OFFICE_CLOSED", wire.reasonCode());
        assertEquals("停电", wire.reasonWords());
        assertNotNull(delivery(confirmed.code()).get(0)[1], "sent");
        assertNull(delivery(confirmed.code()).get(0)[2], "not acknowledged before the next heartbeat");
        String page = "/desk/bookings/village-9/" + confirmed.code();
        assertTrue(officer.get(page).body().contains("等待终端下次联网"), "the desk says it is on its way");

        HeartbeatReply next = beat(kiosk);
        assertEquals(List.of(), next.decisions(), "acknowledged: not sent again");
        assertNotNull(delivery(confirmed.code()).get(0)[2]);
        assertNotNull(delivery(cancelled.code()).get(0)[2]);
        assertTrue(officer.get(page).body().contains("终端已收到"), "the desk says the kiosk has it");
        assertEquals(1, stateChanges(cancelled.code()), "the cancellation travels back to the desk as a state");
    }

    @Test
    void aLostReplyAndARestartBeforeTheAcknowledgementApplyTheDecisionOnce() throws Exception {
        HeartbeatWorker kiosk = kiosk(new HubDecisionSync(store.decisions()));
        beat(kiosk);
        Booking booking = bookAndDeliver("王五");
        decide(booking.code(), Map.of("decision", "CONFIRMED"));
        decide(booking.code(), Map.of("decision", "NO_SHOW"));

        FRONT[0].loseNext.set(true);
        assertTrue(kiosk.beatOnce().isEmpty(), "the reply is lost on the way");
        assertEquals(
                BookingState.CONFIRMED, store.find(booking.code()).orElseThrow().state());
        assertNotNull(delivery(booking.code()).get(0)[1], "the hub sent it");

        assertEquals(2, beat(kiosk).decisions().size(), "sent again");
        assertEquals(
                BookingState.NO_SHOW, store.find(booking.code()).orElseThrow().state());

        // The power goes before the next heartbeat: the acknowledgements in memory are lost with it.
        HeartbeatWorker restarted = kiosk(new HubDecisionSync(store.decisions()));
        assertEquals(2, beat(restarted).decisions().size(), "unacknowledged, so sent again");
        assertEquals(List.of(), beat(restarted).decisions());
        assertEquals(1, stateChanges(booking.code()), "applied once");
        assertEquals(
                OfficeDecision.Kind.NO_SHOW,
                store.decisions().latest(booking.code()).orElseThrow().kind());
        for (String[] row : delivery(booking.code())) {
            assertNotNull(row[2], row[0] + " acknowledged");
        }
        assertEquals(DeskStatus.NO_SHOW, onDesk(booking.code()).status());
    }

    @Test
    void aDecisionForABookingTheKioskPurgedIsAcknowledgedAndDropped() throws Exception {
        HeartbeatWorker kiosk = kiosk(new HubDecisionSync(store.decisions()));
        beat(kiosk);
        Booking booking = bookAndDeliver("赵六");
        Outbox outbox = new Outbox(store);
        for (OutboxEvent event : store.outboxPending()) {
            outbox.markSent(event.id(), java.time.Instant.now()); // other tests' events: all delivered already
        }
        Clock muchLater = Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(60));
        assertTrue(PersonalDataPurge.of(store, kioskDir.resolve("bookings"), 30, muchLater)
                        .run()
                >= 1);

        decide(booking.code(), Map.of("decision", "ATTENDED"));
        HeartbeatRequest olderKiosk = new HeartbeatRequest("0.0.9", 3L, List.of(), 0, null, 0, 1L << 30, 120);
        TerminalIdentity identity = hub.hub
                .terminals()
                .authenticate(Files.readString(kioskDir.resolve("hub-token")).strip())
                .orElseThrow();
        assertEquals(
                List.of(),
                hub.hub.heartbeats().accept(identity, olderKiosk).decisions(),
                "a kiosk that takes no decisions is sent none");

        assertEquals(1, beat(kiosk).decisions().size());
        assertEquals(List.of(), beat(kiosk).decisions(), "acknowledged although nothing was left to apply");
        assertNotNull(delivery(booking.code()).get(0)[2]);
        assertEquals(
                BookingState.CONFIRMED, store.find(booking.code()).orElseThrow().state(), "dropped");
        assertTrue(store.decisions().latest(booking.code()).isEmpty());
    }
}
