package org.legalkiosk.kiosk.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.Outbox;
import org.legalkiosk.booking.store.PersonalDataPurge;
import org.legalkiosk.booking.sync.Backoff;
import org.legalkiosk.booking.sync.OutboxWorker;
import org.legalkiosk.booking.sync.SyncSettings;
import org.legalkiosk.personal.IdNumbers;
import org.slf4j.LoggerFactory;

/**
 * A realistic run of the booking side (book, cancel, refused input, delivery through an unreachable and then a
 * working endpoint, purge) with every logger at TRACE, then a scan of every log line, every stack trace and every
 * body the central endpoint received: no ID number and no mobile number may appear, neither the ones used nor
 * anything shaped like one. The one exception is the {@code visitor} block of a {@code booking.created} event, which
 * carries the name and phone to the township's desk (ADR 0055).
 */
class NoPersonalDataInLogsTest {

    private static final Pattern ANY_ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern TEMP_FOLDER = Pattern.compile("junit-?[0-9]+");
    private static final Pattern ANY_MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    private static final ZoneId OFFICE_TIME = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 1, 9, 0);
    private static final Office OFFICE = new Office("o1", "城关镇司法所", "城关镇人民路 1 号", "0931-1234567", "9:00-17:00");
    private static final Service LEGAL_AID = new Service("aid", "法律援助", "Legal aid");

    private static final List<String> NAMES = List.of("马小红", "杨建国", "李秀英");
    private static final List<String> ID_NUMBERS = List.of(
            IdNumbers.withCheckCharacter("62010219900101123"),
            IdNumbers.withCheckCharacter("62262119850315004"),
            IdNumbers.withCheckCharacter("62050319720909181"));
    private static final List<String> PHONES = List.of("13812345678", "15990001234", "18693115566");
    private static final String BAD_ID_NUMBER = badCheckCharacter(ID_NUMBERS.get(0));
    private static final String BAD_PHONE = "12812345678";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger project = (Logger) LoggerFactory.getLogger("org.legalkiosk");
    private Level rootLevel;
    private Level projectLevel;

    @BeforeEach
    void captureEverything() {
        rootLevel = root.getLevel();
        projectLevel = project.getLevel();
        captured.setContext(root.getLoggerContext());
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.TRACE);
        project.setLevel(Level.TRACE);
    }

    @AfterEach
    void restoreLogging() {
        root.detachAppender(captured);
        captured.stop();
        root.setLevel(rootLevel);
        project.setLevel(projectLevel);
    }

    @Test
    void aWholeBookingLifeLeavesNoIdNumberOrPhoneInAnyLogLineOrSentPayload() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer central = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        central.createContext("/events", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        central.start();
        org.slf4j.Logger caller = LoggerFactory.getLogger("org.legalkiosk.kiosk.privacy.Journey");
        try (BookingStore store = BookingStore.open(dataDir)) {
            List<Slot> slots = List.of(new Slot("s9", OFFICE.id(), LEGAL_AID.id(), NINE, NINE.plusMinutes(30), 10));
            store.putSchedule(List.of(OFFICE), List.of(LEGAL_AID), slots);
            List<Booking> booked = new ArrayList<>();
            for (int i = 0; i < NAMES.size(); i++) {
                booked.add(
                        store.book("s9", NAMES.get(i), ID_NUMBERS.get(i), PHONES.get(i), "欠薪", "电话 " + PHONES.get(i)));
                // What a screen or the agent would log about a booking it just made.
                caller.debug("Booking made: {}", booked.get(i));
            }
            store.cancel(booked.get(1).code());

            // Refused input, logged with its exception the way a caller reports it.
            for (String[] bad : new String[][] {{BAD_ID_NUMBER, PHONES.get(0)}, {ID_NUMBERS.get(0), BAD_PHONE}}) {
                IllegalArgumentException refused = assertThrows(
                        IllegalArgumentException.class, () -> store.book("s9", NAMES.get(0), bad[0], bad[1], "欠薪", ""));
                caller.warn("Booking refused", refused);
            }

            try (OutboxWorker offline = OutboxWorker.start(
                    store, settings(unusedPort()), Clock.systemUTC(), duration -> {}, new Random(1))) {
                Outbox outbox = new Outbox(store);
                long head = outbox.oldestPending().orElseThrow().event().id();
                await(() -> outbox.attempts(head) >= 3, "failed attempts against an unreachable endpoint");
            }
            URI endpoint = URI.create("http://127.0.0.1:" + central.getAddress().getPort() + "/events");
            try (OutboxWorker online = OutboxWorker.start(store, settings(endpoint))) {
                online.nudge();
                await(() -> online.pendingCount() == 0, "delivery of the outbox");
            }

            Clock twoMonthsLater =
                    Clock.fixed(NINE.plusDays(60).atZone(OFFICE_TIME).toInstant(), OFFICE_TIME);
            assertEquals(
                    3, PersonalDataPurge.of(store, dataDir, 30, twoMonthsLater).run());
        } finally {
            central.stop(0);
        }

        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            lines.add(event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                lines.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("DEBUG") && l.contains("Delivered")),
                "debug lines are captured too");
        assertTrue(lines.stream().anyMatch(l -> l.contains("not delivered")), "the failed attempts were logged");
        assertTrue(lines.stream().anyMatch(l -> l.contains("not a valid ID number")), "the refusal was logged");
        assertNoPersonalData("log", lines);

        assertEquals(4, bodies.size(), "three bookings and one cancellation");
        // ADR 0055: a booking.created event carries the visitor's name and phone, and nothing else personal, in
        // its `visitor` block for the township's desk; no other event and no other field may hold any of it.
        List<String> withoutVisitor = new ArrayList<>();
        List<String> visitors = new ArrayList<>();
        for (String body : bodies) {
            ObjectNode event = (ObjectNode) JSON.readTree(body);
            JsonNode visitor = event.remove("visitor");
            if (visitor != null) {
                assertEquals("booking.created", event.path("type").asText(), "only a new booking names its visitor");
                assertEquals(
                        List.of("name", "phone"), fieldNames(visitor), "the visitor block holds name and phone only");
                visitors.add(visitor.path("name").asText() + " "
                        + visitor.path("phone").asText());
            }
            withoutVisitor.add(JSON.writeValueAsString(event));
        }
        assertEquals(
                List.of(
                        NAMES.get(0) + " " + PHONES.get(0),
                        NAMES.get(1) + " " + PHONES.get(1),
                        NAMES.get(2) + " " + PHONES.get(2)),
                visitors.stream()
                        .sorted((a, b) -> Integer.compare(indexOfName(a), indexOfName(b)))
                        .toList(),
                "each booking names its own visitor once");
        for (String body : bodies) {
            for (String id : ID_NUMBERS) {
                assertFalse(body.contains(id), "an ID number never leaves the terminal");
            }
        }
        assertNoPersonalData("payload sent to the central endpoint (outside its visitor block)", withoutVisitor);
        for (String body : withoutVisitor) {
            for (String name : NAMES) {
                assertFalse(body.contains(name), "a name outside the visitor block: " + body);
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static int indexOfName(String visitor) {
        return NAMES.indexOf(visitor.substring(0, visitor.indexOf(' ')));
    }

    private static void assertNoPersonalData(String where, List<String> texts) {
        List<String> secrets = new ArrayList<>(ID_NUMBERS);
        secrets.addAll(PHONES);
        secrets.add(BAD_ID_NUMBER);
        secrets.add(BAD_PHONE);
        for (String text : texts) {
            for (String secret : secrets) {
                if (text.contains(secret)) {
                    fail("a " + where + " holds " + secret + ": " + text);
                }
            }
            // JUnit names temporary folders junit-<random digits>, which can look like an ID number or a phone.
            String withoutTempFolders = TEMP_FOLDER.matcher(text).replaceAll("junit-N");
            for (Pattern shape : List.of(ANY_ID_NUMBER, ANY_MOBILE)) {
                Matcher m = shape.matcher(withoutTempFolders);
                if (m.find()) {
                    fail("a " + where + " holds something shaped like personal data (" + m.group() + "): " + text);
                }
            }
        }
    }

    private static SyncSettings settings(URI endpoint) {
        return new SyncSettings(
                endpoint,
                null,
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(20)),
                Duration.ofHours(1));
    }

    private static URI unusedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/events");
        }
    }

    private static String badCheckCharacter(String idNumber) {
        char check = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (check == '0' ? '1' : '0');
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("gave up waiting: " + what);
            }
            Thread.sleep(10);
        }
    }
}
