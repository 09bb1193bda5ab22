package org.legalkiosk.booking.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;

import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.personal.IdNumbers;
import org.legalkiosk.personal.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every change to a booking, each in one {@link Database#inTransaction} that takes the write lock up front, checks,
 * writes the booking and its outbox row, and commits: two threads or two processes can never both take the last
 * seat, and a crash leaves a booking either complete with its outbox row or absent (docs/decisions/0001).
 */
final class BookingWrites {

    private static final Logger LOG = LoggerFactory.getLogger(BookingWrites.class);

    private final Database database;
    private final FieldCipher cipher;
    private final BookingReads reads;
    private final OutboxWriter outbox;
    private final Random codes;
    private final Clock clock;

    BookingWrites(
            Database database, FieldCipher cipher, BookingReads reads, OutboxWriter outbox, Random codes, Clock clock) {
        this.database = database;
        this.cipher = cipher;
        this.reads = reads;
        this.outbox = outbox;
        this.codes = codes;
        this.clock = clock;
    }

    /**
     * Books a seat in the slot and queues a {@code booking.created} event, in one transaction.
     *
     * @throws SlotFullException        when no seat is left
     * @throws NoSuchElementException   when the slot does not exist
     * @throws IllegalArgumentException when the ID number or the phone is not valid
     */
    Booking book(String slotId, String name, String idNumber, String phone, String matter, String note) {
        if (!IdNumbers.isValid(idNumber)) {
            throw new IllegalArgumentException("not a valid ID number: " + IdNumbers.mask(idNumber));
        }
        if (!PhoneNumbers.isValidMobile(phone)) {
            throw new IllegalArgumentException("not a valid mobile number: " + PhoneNumbers.mask(phone));
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name is required");
        }
        String id = idNumber.toUpperCase(Locale.ROOT);
        Booking booking = database.inTransaction(connection -> {
            int capacity;
            int taken;
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT s.capacity,
                        (SELECT count(*) FROM bookings b WHERE b.slot_id = s.id AND b.state = 'CONFIRMED')
                    FROM slots s WHERE s.id = ?""")) {
                query.setString(1, slotId);
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        throw new NoSuchElementException("no slot " + slotId);
                    }
                    capacity = rs.getInt(1);
                    taken = rs.getInt(2);
                }
            }
            if (taken >= capacity) {
                throw new SlotFullException(slotId);
            }
            long change = nextChange(connection);
            Booking made = new Booking(
                    newCode(connection),
                    slotId,
                    name,
                    id,
                    phone,
                    matter,
                    note,
                    BookingState.CONFIRMED,
                    clock.instant());
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO bookings (code, slot_id, name, id_number, phone, matter, note, state, created, change_seq)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, made.code());
                insert.setString(2, slotId);
                insert.setBytes(3, cipher.encrypt(made.name(), BookingStore.context(made.code(), "name")));
                insert.setBytes(4, cipher.encrypt(made.idNumber(), BookingStore.context(made.code(), "id_number")));
                insert.setBytes(5, cipher.encrypt(made.phone(), BookingStore.context(made.code(), "phone")));
                insert.setString(6, made.matter());
                insert.setBytes(
                        7,
                        cipher.encrypt(
                                made.note() == null ? "" : made.note(), BookingStore.context(made.code(), "note")));
                insert.setString(8, made.state().name());
                insert.setString(9, made.created().toString());
                insert.setLong(10, change);
                insert.executeUpdate();
            }
            enqueue(connection, "booking.created", made, change);
            return made;
        });
        LOG.info("Booked {} in slot {}", booking.code(), slotId);
        return booking;
    }

    /**
     * Cancels a confirmed booking, freeing its seat, and queues a {@code booking.cancelled} event.
     *
     * @throws NoSuchElementException when there is no such booking
     * @throws IllegalStateException  when the booking is no longer confirmed
     */
    Booking cancel(String code) {
        Booking cancelled = database.inTransaction(connection -> {
            Booking current =
                    reads.read(connection, code).orElseThrow(() -> new NoSuchElementException("no booking " + code));
            Booking next = current.withState(BookingState.CANCELLED);
            enqueue(connection, "booking.cancelled", next, updateState(connection, next));
            return next;
        });
        LOG.info("Cancelled booking {}", code);
        return cancelled;
    }

    /**
     * Records what the office reports: the person came ({@code ATTENDED}), did not come ({@code NO_SHOW}), or the
     * office rejects the booking ({@code REJECTED}). The change and its {@code booking.state_changed} outbox event are
     * written in one transaction. Reporting the state a booking is already in changes nothing and queues nothing,
     * so the office's system may safely send the same decision again.
     *
     * @throws IllegalArgumentException when the target is not one of the office's decisions
     * @throws NoSuchElementException   when there is no such booking
     * @throws IllegalStateException    when the booking cannot move to the target (it was cancelled, or the office
     *                                  already decided otherwise)
     */
    Booking recordOfficeDecision(String code, BookingState target) {
        if (target != BookingState.ATTENDED && target != BookingState.NO_SHOW && target != BookingState.REJECTED) {
            throw new IllegalArgumentException("an office reports ATTENDED, NO_SHOW or REJECTED, not " + target);
        }
        boolean[] changed = {false};
        Booking decided = database.inTransaction(connection -> {
            Booking current =
                    reads.read(connection, code).orElseThrow(() -> new NoSuchElementException("no booking " + code));
            if (current.state() == target) {
                return current;
            }
            Booking next = current.withState(target);
            enqueue(connection, "booking.state_changed", next, updateState(connection, next));
            changed[0] = true;
            return next;
        });
        if (changed[0]) {
            LOG.info("Booking {} is now {} (office decision)", code, target);
        }
        return decided;
    }

    /**
     * Moves the booking to {@code target} inside the caller's transaction, with its {@code booking.state_changed}
     * event ({@link OfficeDecisions} applying the hub's decisions).
     */
    void moveState(Connection connection, Booking current, BookingState target) throws SQLException {
        Booking next = current.withState(target);
        enqueue(connection, "booking.state_changed", next, updateState(connection, next));
    }

    /** Writes the booking's new state and answers the change number it was given. */
    private long updateState(Connection connection, Booking booking) throws SQLException {
        long change = nextChange(connection);
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE bookings SET state = ?, change_seq = ? WHERE code = ?")) {
            update.setString(1, booking.state().name());
            update.setLong(2, change);
            update.setString(3, booking.code());
            update.executeUpdate();
        }
        return change;
    }

    /**
     * The next number of the change sequence the export follows. Called inside a transaction that holds the write
     * lock, so numbers are handed out in commit order and a reader never sees a later change without the earlier.
     */
    private static long nextChange(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE counters SET value = value + 1 WHERE name = 'booking_change'");
            try (ResultSet rs = statement.executeQuery("SELECT value FROM counters WHERE name = 'booking_change'")) {
                return rs.getLong(1);
            }
        }
    }

    private String newCode(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM bookings WHERE code = ?")) {
            while (true) {
                String code = BookingCode.generate(codes);
                exists.setString(1, code);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        return code;
                    }
                }
            }
        }
    }

    /**
     * Queues the booking's event with what an office needs to receive the person (docs/decisions/0055): where and
     * when (office, service, slot times, read from the schedule in the same transaction) and the change number, so
     * the hub keeps the latest state whatever order events arrive in. The name and phone are not written here: the
     * outbox holds no personal data in clear, and {@link Outbox#oldestPending} adds them from the encrypted booking
     * when a {@code booking.created} event is sent. The ID number never leaves the terminal.
     */
    private void enqueue(Connection connection, String type, Booking booking, long change) throws SQLException {
        SlotPlace place = SlotPlace.of(connection, booking.slotId());
        outbox.append(connection, type, payload -> {
            payload.put("code", booking.code())
                    .put("slotId", booking.slotId())
                    .put("matter", booking.matter())
                    .put("state", booking.state().name())
                    .put("created", booking.created().toString())
                    .put("changeSeq", change);
            place.writeTo(payload);
        });
    }
}
