package org.legalkiosk.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.store.SlotAvailability;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.hub.protocol.EnrolReply;
import org.legalkiosk.hub.protocol.HeartbeatReply;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.protocol.TerminalApi;
import org.legalkiosk.hub.protocol.WireJson;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.hub.HeartbeatWorker;
import org.legalkiosk.kiosk.hub.HubCredentials;
import org.legalkiosk.kiosk.service.HelpRequests;
import org.legalkiosk.kiosk.store.KioskStores;
import org.legalkiosk.personal.IdNumbers;

/**
 * A kiosk that is already running when the installer drops its enrolment code: the heartbeat enrols, and the booking
 * taken before (waiting in the outbox, since there was no token) is delivered with the new token, without a restart.
 * The county hub is played by a small loopback server that speaks the terminal API (the real hub is exercised against
 * the same kiosk classes in county-hub's KioskToHubTest); it records what arrives.
 */
class EnrolWhileRunningTest {

    private static final String TOKEN = "tok-" + "x".repeat(40);
    private static final String ID_NUMBER = IdNumbers.withCheckCharacter("62010219900101123");

    @TempDir
    Path data;

    private HttpServer hub;
    private KioskDevices devices;
    private KioskBookings bookings;
    private HeartbeatWorker heartbeat;
    private final LinkedBlockingQueue<String> eventAuthorizations = new LinkedBlockingQueue<>();
    private final List<String> heartbeats = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        if (heartbeat != null) {
            heartbeat.close();
        }
        if (bookings != null) {
            bookings.close();
        }
        if (devices != null) {
            devices.close();
        }
        if (hub != null) {
            hub.stop(0);
        }
    }

    private void startHub() throws IOException {
        hub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hub.createContext(
                TerminalApi.ENROL, ex -> reply(ex, 200, WireJson.write(new EnrolReply("t-running", TOKEN, 60))));
        hub.createContext(TerminalApi.HEARTBEAT, ex -> {
            heartbeats.add(ex.getRequestHeaders().getFirst("Authorization"));
            WireJson.read(ex.getRequestBody().readAllBytes(), HeartbeatRequest.class);
            reply(ex, 200, WireJson.write(new HeartbeatReply(60, null, List.of(), false, Instant.now())));
        });
        hub.createContext(TerminalApi.EVENTS, ex -> {
            ex.getRequestBody().readAllBytes();
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            eventAuthorizations.add(auth == null ? "none" : auth);
            reply(ex, auth != null && auth.equals("Bearer " + TOKEN) ? 201 : 401, "{}".getBytes());
        });
        hub.start();
    }

    private static void reply(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    @Test
    void aBookingTakenBeforeEnrolmentIsDeliveredOnceTheRunningKioskEnrols() throws Exception {
        startHub();
        String base = "http://127.0.0.1:" + hub.getAddress().getPort();
        Files.writeString(data.resolve(KioskSettings.FILE_NAME), """
                hub:
                  url: %s
                  heartbeatSeconds: 10
                sync:
                  endpoint: %s%s
                  tokenFile: hub-token
                """.formatted(base, base, TerminalApi.EVENTS));
        KioskSettings settings = KioskSettings.read(data);
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
                -1);
        Clock clock = Clock.systemDefaultZone();
        bookings = KioskBookings.start(data, true, settings, clock);
        SlotAvailability slot = java.util.stream.IntStream.range(1, 15)
                .mapToObj(d -> bookings.store()
                        .slots("qingshan-sfs", "legal-aid", LocalDate.now(clock).plusDays(d)))
                .filter(s -> !s.isEmpty())
                .findFirst()
                .orElseThrow()
                .get(0); // the next working day's first slot
        bookings.store().book(slot.slot().id(), "张三", ID_NUMBER, "13812345678", "unpaid-wages", "");
        bookings.nudgeDelivery();
        assertEquals(1, bookings.pendingSync(), "no token yet: the booking waits in the outbox");
        assertFalse(Files.exists(data.resolve("hub-token")));

        devices = KioskDevices.open(config, null, clock);
        // The installer's code arrives while the kiosk runs; the heartbeat worker started by the kiosk finds it.
        Files.writeString(data.resolve(HubCredentials.ENROL_CODE_FILE), "7KQ3-M9TX-2HRA-PW4C");
        heartbeat = HubReporting.start(
                        config,
                        settings,
                        devices,
                        Optional.of(bookings),
                        new HelpRequests(),
                        KioskStores.forDataDir(data, "test", clock))
                .orElseThrow();

        String delivered = eventAuthorizations.poll(60, TimeUnit.SECONDS);
        assertNotNull(delivered, "the booking reached the hub without a restart");
        assertEquals("Bearer " + TOKEN, delivered, "with the token the enrolment brought");
        assertTrue(Files.exists(data.resolve("hub-token")));
        for (int i = 0; i < 100 && bookings.pendingSync() > 0; i++) {
            Thread.sleep(100); // the outbox row is marked sent just after the hub's answer
        }
        assertEquals(0, bookings.pendingSync(), "the outbox is empty");
        assertTrue(heartbeats.contains("Bearer " + TOKEN), "and the heartbeat reports with the same token");
        assertTrue(eventAuthorizations.isEmpty(), "delivered once: " + eventAuthorizations);
    }
}
