package org.legalkiosk.booking.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.booking.store.Schedules.ID_NUMBER;
import static org.legalkiosk.booking.store.Schedules.PHONE;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.booking.domain.OfficeDecision;
import org.legalkiosk.booking.domain.OfficeDecision.Kind;
import org.legalkiosk.booking.domain.OfficeDecision.Reason;

/** The hub's office decisions applied to the terminal's store: idempotent, order-proof, never over the visitor. */
class OfficeDecisionsTest {

    private static final Instant AT = Instant.parse("2026-12-02T01:00:00Z");

    @TempDir
    Path dataDir;

    private static OfficeDecision decision(long seq, String code, Kind kind, String reason) {
        return new OfficeDecision(seq, code, kind, reason, AT.plusSeconds(seq));
    }

    private static List<String> events(BookingStore store) {
        return store.outboxPending().stream().map(OutboxEvent::type).toList();
    }

    @Test
    void aConfirmationKeepsTheSeatAndAppliedTwiceChangesNothing() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 1));
            Booking booking = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            OfficeDecision confirmed = decision(4, booking.code(), Kind.CONFIRMED, null);

            assertEquals(DecisionOutcome.APPLIED, store.decisions().apply(confirmed));
            assertEquals(DecisionOutcome.ALREADY_APPLIED, store.decisions().apply(confirmed));

            assertEquals(Optional.of(confirmed), store.decisions().latest(booking.code()));
            assertEquals(
                    BookingState.CONFIRMED,
                    store.find(booking.code()).orElseThrow().state());
            assertEquals(List.of("booking.created"), events(store), "a confirmation is news to nobody but the screen");
            assertEquals(
                    0,
                    store.slots("o1", "aid", Schedules.NINE.toLocalDate())
                            .get(0)
                            .remaining());
        }
    }

    @Test
    void aCancellationWithItsReasonFreesTheSeatOnceWhateverTheRepeats() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 1));
            Booking booking = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            OfficeDecision cancelled = decision(7, booking.code(), Kind.CANCELLED, "司法所当天不办公：停电");

            assertEquals(
                    List.of(DecisionOutcome.APPLIED, DecisionOutcome.ALREADY_APPLIED),
                    store.decisions().applyAll(List.of(cancelled, cancelled)));

            assertEquals(
                    BookingState.REJECTED,
                    store.find(booking.code()).orElseThrow().state());
            assertEquals(
                    "司法所当天不办公：停电",
                    store.decisions().latest(booking.code()).orElseThrow().reason());
            assertEquals(List.of("booking.created", "booking.state_changed"), events(store));
            assertEquals(
                    1,
                    store.slots("o1", "aid", Schedules.NINE.toLocalDate())
                            .get(0)
                            .remaining());
        }
    }

    @Test
    void aListReasonIsKeptByNameWithTheOfficersWordsAndSaidInEitherLanguage() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 2));
            Booking withWords = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            Booking listOnly = store.book("s9", "李四", ID_NUMBER, PHONE, "欠薪", "");
            store.decisions()
                    .apply(new OfficeDecision(
                            3, withWords.code(), Kind.CANCELLED, "司法所当天不办公：停电检修", Reason.OFFICE_CLOSED, " 停电检修 ", AT));
            store.decisions()
                    .apply(new OfficeDecision(4, listOnly.code(), Kind.CANCELLED, "重复预约", Reason.DUPLICATE, null, AT));

            OfficeDecision kept = store.decisions().latest(withWords.code()).orElseThrow();
            assertEquals(Reason.OFFICE_CLOSED, kept.listReason());
            assertEquals("停电检修", kept.words());
            assertEquals("司法所当天不办公：停电检修", kept.reasonIn(false));
            assertEquals("The office is closed that day – 停电检修", kept.reasonIn(true));
            OfficeDecision plain = store.decisions().latest(listOnly.code()).orElseThrow();
            assertEquals("重复预约", plain.reasonIn(false));
            assertEquals("A duplicate booking", plain.reasonIn(true));
        }
    }

    @Test
    void aDecisionKeptByASchema6StoreIsShownByItsChineseTextAfterTheMigration() throws Exception {
        String code;
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 2));
            code = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "").code();
            store.decisions().apply(decision(5, code, Kind.CANCELLED, "工作人员当天有事：出差"));
        }
        // Take the file back to schema 6, which had no reason code or words.
        try (Connection connection =
                        DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(BookingStore.DATABASE_FILE));
                Statement statement = connection.createStatement()) {
            assertEquals(7, Migrations.currentVersion(statement));
            statement.execute("ALTER TABLE bookings DROP COLUMN office_reason_code");
            statement.execute("ALTER TABLE bookings DROP COLUMN office_reason_words");
            statement.execute("UPDATE schema_version SET version = 6");
        }
        try (BookingStore store = BookingStore.open(dataDir)) {
            OfficeDecision kept = store.decisions().latest(code).orElseThrow();
            assertNull(kept.listReason());
            assertNull(kept.words());
            assertEquals("工作人员当天有事：出差", kept.reasonIn(true), "no code: the Chinese text, as before");
            assertEquals("工作人员当天有事：出差", kept.reasonIn(false));
            assertEquals(
                    DecisionOutcome.APPLIED,
                    store.decisions()
                            .apply(new OfficeDecision(
                                    6, code, Kind.CANCELLED, "工作人员当天有事", Reason.OFFICER_AWAY, null, AT)));
            assertEquals(
                    "The officer is away that day",
                    store.decisions().latest(code).orElseThrow().reasonIn(true));
        }
    }

    @Test
    void theNewestDecisionWinsInWhateverOrderTheyArrive() {
        try (BookingStore inOrder = BookingStore.open(dataDir.resolve("a"), new Random(1), Clock.systemUTC());
                BookingStore reversed = BookingStore.open(dataDir.resolve("b"), new Random(1), Clock.systemUTC())) {
            for (BookingStore store : List.of(inOrder, reversed)) {
                Schedules.put(store, Schedules.slot("s9", 9, 2));
            }
            String code = inOrder.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "").code();
            assertEquals(
                    code, reversed.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "").code(), "same codes");
            OfficeDecision confirmed = decision(3, code, Kind.CONFIRMED, null);
            OfficeDecision attended = decision(9, code, Kind.ATTENDED, null);

            inOrder.decisions().applyAll(List.of(confirmed, attended));
            assertEquals(
                    List.of(DecisionOutcome.APPLIED, DecisionOutcome.ALREADY_APPLIED),
                    reversed.decisions().applyAll(List.of(attended, confirmed)));

            for (BookingStore store : List.of(inOrder, reversed)) {
                assertEquals(
                        BookingState.ATTENDED, store.find(code).orElseThrow().state());
                assertEquals(Optional.of(attended), store.decisions().latest(code));
                assertEquals(List.of("booking.created", "booking.state_changed"), events(store));
            }
        }
    }

    @Test
    void theVisitorsOwnCancellationStandsAgainstALaterDecision() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 1));
            Booking booking = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            store.cancel(booking.code());

            assertEquals(
                    DecisionOutcome.OVERTAKEN,
                    store.decisions().apply(decision(5, booking.code(), Kind.CONFIRMED, null)));

            assertEquals(
                    BookingState.CANCELLED,
                    store.find(booking.code()).orElseThrow().state());
            assertTrue(store.decisions().latest(booking.code()).isEmpty());
            assertEquals(List.of("booking.created", "booking.cancelled"), events(store));
        }
    }

    @Test
    void aDecisionForABookingNotHereOrErasedIsDroppedAndTheErasureTakesTheReason() throws Exception {
        Clock later = Clock.offset(Clock.system(ZoneId.systemDefault()), java.time.Duration.ofDays(400));
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 2));
            Booking erased = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            store.decisions().apply(decision(2, erased.code(), Kind.CANCELLED, "其他原因：请致电 13912345678"));
            Outbox outbox = new Outbox(store);
            store.outboxPending().forEach(e -> outbox.markSent(e.id(), AT));
            assertEquals(1, PersonalDataPurge.of(store, dataDir, 30, later).run());

            assertEquals(
                    DecisionOutcome.PURGED, store.decisions().apply(decision(3, erased.code(), Kind.ATTENDED, null)));
            assertEquals(DecisionOutcome.PURGED, store.decisions().apply(decision(4, "ACDEF2", Kind.CONFIRMED, null)));
            assertEquals(
                    BookingState.REJECTED,
                    store.find(erased.code()).orElseThrow().state());
            assertEquals(
                    null, store.decisions().latest(erased.code()).orElseThrow().reason());
        }
    }
}
