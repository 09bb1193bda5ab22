package org.legalkiosk.kiosk.booking.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.legalkiosk.devices.idcard.IdNumbers;
import org.legalkiosk.kiosk.booking.domain.Booking;
import org.legalkiosk.kiosk.booking.domain.BookingCode;
import org.legalkiosk.kiosk.booking.domain.BookingState;
import org.legalkiosk.kiosk.booking.domain.Office;
import org.legalkiosk.kiosk.booking.domain.PhoneNumbers;
import org.legalkiosk.kiosk.booking.domain.Service;
import org.legalkiosk.kiosk.booking.domain.Slot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * Bookings in one SQLite file. Every change takes the write lock up front ({@code BEGIN IMMEDIATE}), checks, writes
 * the booking and its outbox row, and commits: two threads or two processes can never both take the last seat,
 * and a crash leaves a booking either complete with its outbox row or absent.
 * <p>
 * Each call opens its own connection, so the store is safe to share between threads and SQLite's own locking
 * (with a busy timeout) serialises writers, in this process and in any other.
 */
public final class BookingStore implements AutoCloseable {

    public static final String DATABASE_FILE = "bookings.db";
    public static final String KEY_FILE = "booking.key";

    private static final Logger LOG = LoggerFactory.getLogger(BookingStore.class);
    private static final int BUSY_TIMEOUT_MILLIS = 30_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final SQLiteConfig config;
    private final FieldCipher cipher;
    private final Random codes;
    private final Clock clock;

    private BookingStore(Path database, FieldCipher cipher, Random codes, Clock clock) {
        this.url = "jdbc:sqlite:" + database.toAbsolutePath();
        this.cipher = cipher;
        this.codes = codes;
        this.clock = clock;
        config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    }

    /** Opens (creating and migrating when needed) {@code bookings.db} and {@code booking.key} in the data dir. */
    public static BookingStore open(Path dataDir) {
        return open(dataDir, new SecureRandom(), Clock.systemUTC());
    }

    /** As {@link #open(Path)} with the source of booking codes and the clock chosen by the caller (tests). */
    public static BookingStore open(Path dataDir, Random codes, Clock clock) {
        try {
            Files.createDirectories(dataDir);
            refuseNewKeyForOldBookings(dataDir);
            FieldCipher cipher = FieldCipher.open(dataDir.resolve(KEY_FILE));
            BookingStore store = new BookingStore(dataDir.resolve(DATABASE_FILE), cipher, codes, clock);
            try (Connection connection = store.connect()) {
                int version = Migrations.migrate(connection);
                LOG.info("Booking store {} open at schema version {}", dataDir.resolve(DATABASE_FILE), version);
            }
            return store;
        } catch (IOException | SQLException e) {
            throw new BookingStoreException("cannot open the booking store in " + dataDir, e);
        }
    }

    /**
     * A lost key must not be silently replaced while bookings encrypted with it remain: they would become unreadable
     * and the next bookings would be readable only with the new key. Restoring the key from a backup is the fix.
     */
    private static void refuseNewKeyForOldBookings(Path dataDir) throws SQLException {
        Path database = dataDir.resolve(DATABASE_FILE);
        if (Files.exists(dataDir.resolve(KEY_FILE)) || !Files.exists(database)) {
            return;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'bookings'")) {
            if (rs.getInt(1) == 0) {
                return;
            }
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM bookings")) {
                if (count.getInt(1) > 0) {
                    throw new SQLException(KEY_FILE + " is missing but " + DATABASE_FILE + " holds " + count.getInt(1)
                            + " encrypted bookings; restore the key instead of creating a new one");
                }
            }
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, config.toProperties());
    }

    /** Replaces the whole schedule: offices, services and slots. Bookings stay. */
    public void putSchedule(Collection<Office> offices, Collection<Service> services, Collection<Slot> slots) {
        inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM offices");
                statement.execute("DELETE FROM services");
                statement.execute("DELETE FROM slots");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO offices (id, name, address, phone, hours) VALUES (?, ?, ?, ?, ?)")) {
                for (Office office : offices) {
                    insert.setString(1, office.id());
                    insert.setString(2, office.name());
                    insert.setString(3, office.address());
                    insert.setString(4, office.phone());
                    insert.setString(5, office.hours());
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO services (id, name_zh, name_en) VALUES (?, ?, ?)")) {
                for (Service service : services) {
                    insert.setString(1, service.id());
                    insert.setString(2, service.nameZh());
                    insert.setString(3, service.nameEn());
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO slots (id, office_id, service_id, start, end, capacity) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Slot slot : slots) {
                    insert.setString(1, slot.id());
                    insert.setString(2, slot.officeId());
                    insert.setString(3, slot.serviceId());
                    insert.setString(4, slot.start().toString());
                    insert.setString(5, slot.end().toString());
                    insert.setInt(6, slot.capacity());
                    insert.executeUpdate();
                }
            }
            return null;
        });
        LOG.info("Schedule replaced: {} offices, {} services, {} slots", offices.size(), services.size(), slots.size());
    }

    /** The slots of one service at one office on one day, in time order, with their free seats. */
    public List<SlotAvailability> slots(String officeId, String serviceId, LocalDate day) {
        String from = day.atStartOfDay().toString();
        String to = day.plusDays(1).atStartOfDay().toString();
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT s.id, s.office_id, s.service_id, s.start, s.end, s.capacity,
                         (SELECT count(*) FROM bookings b WHERE b.slot_id = s.id AND b.state = 'CONFIRMED') AS taken
                     FROM slots s
                     WHERE s.office_id = ? AND s.service_id = ? AND s.start >= ? AND s.start < ?
                     ORDER BY s.start, s.id""")) {
            query.setString(1, officeId);
            query.setString(2, serviceId);
            query.setString(3, from);
            query.setString(4, to);
            List<SlotAvailability> result = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Slot slot = new Slot(rs.getString(1), rs.getString(2), rs.getString(3),
                            LocalDateTime.parse(rs.getString(4)), LocalDateTime.parse(rs.getString(5)), rs.getInt(6));
                    result.add(new SlotAvailability(slot, Math.max(0, slot.capacity() - rs.getInt(7))));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new BookingStoreException("cannot read slots", e);
        }
    }

    /**
     * Books a seat in the slot and queues a {@code booking.created} event, in one transaction.
     *
     * @throws SlotFullException        when no seat is left
     * @throws NoSuchElementException   when the slot does not exist
     * @throws IllegalArgumentException when the ID number or the phone is not valid
     */
    public Booking book(String slotId, String name, String idNumber, String phone, String matter, String note) {
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
        Booking booking = inTransaction(connection -> {
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
            Booking made = new Booking(newCode(connection), slotId, name, id, phone, matter, note,
                    BookingState.CONFIRMED, clock.instant());
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO bookings (code, slot_id, name, id_number, phone, matter, note, state, created)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, made.code());
                insert.setString(2, slotId);
                insert.setString(3, made.name());
                insert.setBytes(4, cipher.encrypt(made.idNumber(), context(made.code(), "id_number")));
                insert.setBytes(5, cipher.encrypt(made.phone(), context(made.code(), "phone")));
                insert.setString(6, made.matter());
                insert.setString(7, made.note());
                insert.setString(8, made.state().name());
                insert.setString(9, made.created().toString());
                insert.executeUpdate();
            }
            enqueue(connection, "booking.created", made);
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
    public Booking cancel(String code) {
        Booking cancelled = inTransaction(connection -> {
            Booking current = read(connection, code).orElseThrow(() -> new NoSuchElementException("no booking " + code));
            Booking next = current.withState(BookingState.CANCELLED);
            try (PreparedStatement update = connection.prepareStatement("UPDATE bookings SET state = ? WHERE code = ?")) {
                update.setString(1, next.state().name());
                update.setString(2, code);
                update.executeUpdate();
            }
            enqueue(connection, "booking.cancelled", next);
            return next;
        });
        LOG.info("Cancelled booking {}", code);
        return cancelled;
    }

    /** The booking with this code (unformatted, as {@link BookingCode#parse} returns it). */
    public Optional<Booking> find(String code) {
        try (Connection connection = connect()) {
            return read(connection, code);
        } catch (SQLException e) {
            throw new BookingStoreException("cannot read booking " + code, e);
        }
    }

    /** Events not yet delivered, oldest first. */
    public List<OutboxEvent> outboxPending() {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT id, event_type, idempotency_key, payload, created FROM outbox WHERE sent IS NULL ORDER BY id")) {
            List<OutboxEvent> events = new ArrayList<>();
            while (rs.next()) {
                events.add(new OutboxEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Instant.parse(rs.getString(5))));
            }
            return events;
        } catch (SQLException e) {
            throw new BookingStoreException("cannot read the outbox", e);
        }
    }

    /** Nothing to release: connections are per call. Kept so callers treat the store like every other handle. */
    @Override
    public void close() {
    }

    private Optional<Booking> read(Connection connection, String code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT code, slot_id, name, id_number, phone, matter, note, state, created
                FROM bookings WHERE code = ?""")) {
            query.setString(1, code);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String found = rs.getString(1);
                return Optional.of(new Booking(found, rs.getString(2), rs.getString(3),
                        cipher.decrypt(rs.getBytes(4), context(found, "id_number")),
                        cipher.decrypt(rs.getBytes(5), context(found, "phone")),
                        rs.getString(6), rs.getString(7), BookingState.valueOf(rs.getString(8)),
                        Instant.parse(rs.getString(9))));
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

    private void enqueue(Connection connection, String type, Booking booking) throws SQLException {
        String key = UUID.randomUUID().toString();
        ObjectNode payload = JSON.createObjectNode()
                .put("type", type)
                .put("idempotencyKey", key)
                .put("code", booking.code())
                .put("slotId", booking.slotId())
                .put("matter", booking.matter())
                .put("state", booking.state().name())
                .put("created", booking.created().toString());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox (event_type, idempotency_key, payload, created) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, type);
            insert.setString(2, key);
            insert.setString(3, payload.toString());
            insert.setString(4, clock.instant().toString());
            insert.executeUpdate();
        }
    }

    private static String context(String code, String column) {
        return "bookings/" + code + "/" + column;
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs the work holding the write lock from the start, so a check and the write after it cannot interleave. */
    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run(connection);
                statement.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new BookingStoreException("booking store transaction failed", e);
        }
    }
}
