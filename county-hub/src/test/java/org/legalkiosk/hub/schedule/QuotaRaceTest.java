package org.legalkiosk.hub.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.booking.domain.DayHours;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.domain.SlotExpander;
import org.legalkiosk.booking.domain.TimeRange;
import org.legalkiosk.booking.domain.WorkingPlan;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.Outbox;
import org.legalkiosk.booking.store.OutboxEvent;
import org.legalkiosk.booking.store.SlotFullException;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.protocol.EventEnvelope;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.terminals.TerminalIdentity;
import org.legalkiosk.kiosk.hub.HeartbeatWorker;
import org.legalkiosk.kiosk.hub.HubClient;
import org.legalkiosk.kiosk.hub.HubCredentials;
import org.legalkiosk.kiosk.hub.HubNoticeSync;
import org.legalkiosk.kiosk.hub.HubScheduleSync;
import org.legalkiosk.kiosk.store.FileNoticesStore;

/**
 * The proof issue 15 asks for: three terminals of one office, each with the kiosk's real booking store, heartbeat
 * worker and schedule sync against the hub on loopback, go offline, each books to its quota, and reconnect. After
 * every step, for every slot, the seats the three stores can sell add up to at most the slot's capacity (so no slot
 * can ever be over capacity, whatever happens next), and every booking made is kept and reaches the hub once.
 */
class QuotaRaceTest {

    static final int CAPACITY = 5;
    static final String OFFICE = "cg";
    static final String SERVICE = "legal-aid";

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 4);

    static HubFixture hub;
    static WorkingPlan plan;

    /** One simulated terminal: the kiosk's own classes over its own data folder. */
    record Terminal(
            String id, BookingStore store, HeartbeatWorker worker, HubScheduleSync sync, TerminalIdentity identity) {

        void deliverOutbox() {
            Outbox outbox = new Outbox(store);
            for (OutboxEvent event : outbox.pending()) {
                EventEnvelope envelope = EventEnvelope.parse(
                        event.idempotencyKey(), event.payload().getBytes(StandardCharsets.UTF_8));
                hub.hub.events().accept(identity, envelope);
                outbox.markSent(event.id(), hub.clock.instant());
            }
        }

        void heartbeat() throws InterruptedException {
            assertTrue(worker.beatOnce().isPresent(), id + " reached the hub");
        }

        /** Books every seat this terminal can still sell in the slot; returns the bookings made. */
        List<Booking> bookUntilFull(String slotId) {
            List<Booking> made = new ArrayList<>();
            while (true) {
                try {
                    made.add(
                            store.book(slotId, "村民" + made.size(), "11010519491231002X", "13800138000", "wages", null));
                } catch (SlotFullException e) {
                    return made;
                } catch (java.util.NoSuchElementException e) {
                    return made; // not in this terminal's schedule (yet)
                }
            }
        }

        int capacity(String slotId) {
            return store.schedule().slot(slotId).map(Slot::capacity).orElse(0);
        }
    }

    @BeforeAll
    static void county() throws Exception {
        hub = new HubFixture();
        Schedules schedules = hub.hub.schedules();
        schedules
                .offices()
                .putOffice(
                        "admin",
                        new ScheduledOffice(
                                new Office(OFFICE, "城关镇司法所", "城关镇政府一楼", "0571-1234567", "周一至周五"), "城关镇", 4, 24));
        schedules.offices().putService("admin", new Service(SERVICE, "法律援助", "Legal aid"));
        DayHours day = DayHours.of(
                LocalTime.of(9, 0), LocalTime.of(17, 0), new TimeRange(LocalTime.of(12, 0), LocalTime.of(14, 0)));
        Map<DayOfWeek, DayHours> week = new HashMap<>();
        for (DayOfWeek d : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(d, day);
        }
        plan = new WorkingPlan(OFFICE, SERVICE, Duration.ofMinutes(60), CAPACITY, week, List.of());
        schedules.plans().put("admin", plan);
    }

    @AfterAll
    static void close() throws Exception {
        hub.close();
    }

    @Test
    void threeOfflineTerminalsBookingOneOfficeNeverOverfillASlotAndKeepEveryBooking(@TempDir Path dir)
            throws Exception {
        // 2026-12-01T02:00Z is Tuesday 10:00 in Beijing; the office books four days ahead (Tue to Fri, 6 slots a day).
        List<Terminal> terminals = new ArrayList<>();
        for (String id : List.of("village-a", "village-b", "village-c")) {
            terminals.add(terminal(dir.resolve(id), id));
            hub.hub.schedules().offices().assign("admin", OFFICE, id, 1);
        }
        for (Terminal t : terminals) {
            t.heartbeat();
        }
        List<String> slots = slotIds();
        assertEquals(24, slots.size());
        checkInvariant(terminals, slots);
        String friday = SlotExpander.slotId(OFFICE, SERVICE, LocalDateTime.of(2026, 12, 4, 15, 0));
        // Far from its release time, a slot is split by weight: 2 + 2 + 1 seats.
        assertEquals(
                List.of(2, 2, 1),
                terminals.stream().map(t -> t.capacity(friday)).toList());

        // Offline for a day: nobody reports, the clock moves on, a and b sell every seat they hold, c sells none.
        hub.clock.advance(Duration.ofDays(1));
        List<Booking> made = new ArrayList<>();
        for (String slot : slots) {
            made.addAll(terminals.get(0).bookUntilFull(slot));
            made.addAll(terminals.get(1).bookUntilFull(slot));
        }
        checkInvariant(terminals, slots);

        // a and b reconnect; c stays offline, so its seats stay its own even past their release time.
        for (int round = 0; round < 2; round++) {
            for (Terminal t : terminals.subList(0, 2)) {
                t.deliverOutbox();
                t.heartbeat();
                checkInvariant(terminals, slots);
            }
        }
        for (String slot : slots) {
            made.addAll(terminals.get(0).bookUntilFull(slot));
            made.addAll(terminals.get(1).bookUntilFull(slot));
        }
        checkInvariant(terminals, slots);
        // c, still offline, sells what it holds, released or not: it cannot know, and it never needs to.
        for (String slot : slots) {
            made.addAll(terminals.get(2).bookUntilFull(slot));
        }
        checkInvariant(terminals, slots);

        // c reports before its outbox got through: the hub has not heard of c's bookings in the released slots and
        // sends a smaller quota; c's store keeps the booked seats anyway and says so, and the hub counts them as c's.
        Terminal late = terminals.get(2);
        late.heartbeat();
        assertTrue(!late.sync().report().kept().isEmpty(), "c kept seats beyond the quota it was sent");
        checkInvariant(terminals, slots);
        late.heartbeat();
        for (Terminal t : terminals.subList(0, 2)) {
            t.heartbeat();
            for (String slot : slots) {
                made.addAll(t.bookUntilFull(slot));
            }
        }
        checkInvariant(terminals, slots);

        // Everyone reconnects, in a shuffled order, and keeps reporting and booking for a while.
        Random random = new Random(15);
        for (int step = 0; step < 40; step++) {
            Terminal t = terminals.get(random.nextInt(3));
            switch (random.nextInt(4)) {
                case 0 -> t.deliverOutbox();
                case 1 -> t.heartbeat();
                case 2 -> made.addAll(t.bookUntilFull(slots.get(random.nextInt(slots.size()))));
                default -> {
                    t.deliverOutbox();
                    t.heartbeat();
                }
            }
            if (step % 10 == 9) {
                hub.clock.advance(Duration.ofHours(6));
            }
            checkInvariant(terminals, slots);
        }
        for (Terminal t : terminals) {
            t.deliverOutbox();
            t.heartbeat();
        }
        checkInvariant(terminals, slots);

        // Every booking made is still confirmed in its store and on the hub exactly once.
        for (Booking booking : made) {
            Terminal owner = terminals.stream()
                    .filter(t -> t.store().find(booking.code()).isPresent())
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    BookingState.CONFIRMED,
                    owner.store().find(booking.code()).orElseThrow().state());
        }
        try (var c = hub.database.connection();
                var q = c.createStatement()) {
            ResultSet rs = q.executeQuery("SELECT count(*), count(DISTINCT body->>'code') FROM terminal_events"
                    + " WHERE event_type = 'booking.created'");
            rs.next();
            assertEquals(made.size(), rs.getInt(1));
            assertEquals(made.size(), rs.getInt(2));
        }
        // The pool did its job: once released, a slot's seats c never used were sold by a and b, so every slot of
        // Wednesday (released a day before the end of the run) is sold out, across the three terminals.
        Map<String, int[]> seats = seats(terminals);
        for (String slot : slots) {
            if (slot.contains(".20261202.")) {
                assertEquals(CAPACITY, seats.get(slot)[1], slot + " sold out");
            }
        }
    }

    static Terminal terminal(Path dir, String id) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve(HubCredentials.ENROL_CODE_FILE),
                hub.provision(id, "城关镇").enrolCode() + "\n",
                StandardCharsets.US_ASCII);
        BookingStore store = BookingStore.open(dir.resolve("bookings"));
        HubScheduleSync sync = new HubScheduleSync(store, dir, hub.clock);
        HeartbeatWorker worker = new HeartbeatWorker(
                new HubClient(hub.server.uri()),
                new HubCredentials(dir.resolve("hub-token"), dir.resolve(HubCredentials.ENROL_CODE_FILE)),
                () -> new HeartbeatRequest("0.1.0", 1L, List.of(), 0, null, 0, 1L << 30, 60),
                new HubNoticeSync(new FileNoticesStore(dir)),
                new HeartbeatWorker.Actions(t -> {}, () -> {}, sync),
                "0.1.0",
                60);
        return new Terminal(id, store, worker, sync, new TerminalIdentity(id, "城关镇", "城关镇"));
    }

    static List<String> slotIds() {
        return SlotExpander.expand(plan, FIRST_DAY, LAST_DAY).stream()
                .map(Slot::id)
                .toList();
    }

    /** What the three stores can sell of each slot, together, never exceeds the slot's capacity. */
    static void checkInvariant(List<Terminal> terminals, List<String> slots) {
        Map<String, int[]> sellableAndBooked = seats(terminals);
        for (String slot : slots) {
            int[] seats = sellableAndBooked.getOrDefault(slot, new int[2]);
            assertTrue(seats[0] <= CAPACITY, slot + ": the terminals can sell " + seats[0] + " seats of " + CAPACITY);
            assertTrue(seats[1] <= CAPACITY, slot + " over capacity: " + seats[1]);
        }
    }

    static int booked(List<Terminal> terminals, String slot) {
        return seats(terminals).getOrDefault(slot, new int[2])[1];
    }

    /** Per slot id, {seats the stores can sell, seats booked}, over the four days (one read per store and day). */
    static Map<String, int[]> seats(List<Terminal> terminals) {
        Map<String, int[]> seats = new HashMap<>();
        for (Terminal t : terminals) {
            for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                for (var available : t.store().slots(OFFICE, SERVICE, day)) {
                    int[] sum = seats.computeIfAbsent(available.slot().id(), k -> new int[2]);
                    sum[0] += available.slot().capacity();
                    sum[1] += available.slot().capacity() - available.remaining();
                }
            }
        }
        return seats;
    }
}
