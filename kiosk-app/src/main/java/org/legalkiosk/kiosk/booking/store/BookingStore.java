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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
                PersonalFieldsMigration.encryptClearFields(connection, cipher);
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

    /**
     * Replaces the schedule: offices, services and slots, in one transaction. Bookings stay.
     * <p>
     * A slot that holds confirmed bookings is never dropped, moved or shrunk below its bookings, whatever the new
     * schedule says: the people holding those bookings carry a printed slip with that office and time and may have
     * travelled for it, and they may have booked while the terminal was offline, so the county could not know about
     * them when it wrote the schedule. Dropping the slot would orphan their bookings; shrinking it below the number
     * booked would turn the capacity check's promise (never more bookings than seats) into a lie. Such a slot keeps
     * its office and time, its capacity is cut to what is booked (so no new seat is sold in a slot the county wanted
     * gone), and it is reported in the result so the county can honour those seats. The offices and services such
     * a slot refers to stay readable by id but are no longer listed to new visitors.
     */
    public ScheduleResult putSchedule(Collection<Office> offices, Collection<Service> services, Collection<Slot> slots) {
        ScheduleResult result = inTransaction(connection -> {
            java.util.Map<String, Integer> booked = new java.util.HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery(
                         "SELECT slot_id, count(*) FROM bookings WHERE state = 'CONFIRMED' GROUP BY slot_id")) {
                while (rs.next()) {
                    booked.put(rs.getString(1), rs.getInt(2));
                }
            }
            java.util.Map<String, Slot> held = new java.util.HashMap<>();
            for (String id : booked.keySet()) {
                readSlot(connection, id).ifPresent(slot -> held.put(id, slot));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM slots WHERE id NOT IN"
                        + " (SELECT slot_id FROM bookings WHERE state = 'CONFIRMED')");
            }
            List<ScheduleResult.KeptSlot> kept = new ArrayList<>();
            java.util.Set<String> inDocument = new java.util.HashSet<>();
            int loaded = 0;
            for (Slot slot : slots) {
                inDocument.add(slot.id());
                Slot old = held.get(slot.id());
                int taken = booked.getOrDefault(slot.id(), 0);
                if (old == null) {
                    insertSlot(connection, slot);
                    loaded++;
                } else if (!sameTimeAndPlace(old, slot)) {
                    setCapacity(connection, old.id(), taken);
                    kept.add(new ScheduleResult.KeptSlot(old.id(), taken, taken, ScheduleResult.Reason.MOVED));
                } else {
                    setCapacity(connection, old.id(), Math.max(slot.capacity(), taken));
                    loaded++;
                    if (slot.capacity() < taken) {
                        kept.add(new ScheduleResult.KeptSlot(old.id(), taken, taken, ScheduleResult.Reason.SHRUNK));
                    }
                }
            }
            for (Slot old : held.values()) {
                if (!inDocument.contains(old.id())) {
                    int taken = booked.get(old.id());
                    setCapacity(connection, old.id(), taken);
                    kept.add(new ScheduleResult.KeptSlot(old.id(), taken, taken, ScheduleResult.Reason.DROPPED));
                }
            }
            kept.sort(java.util.Comparator.comparing(ScheduleResult.KeptSlot::slotId));
            upsertOffices(connection, offices);
            upsertServices(connection, services);
            return new ScheduleResult(offices.size(), services.size(), loaded, kept,
                    unlisted(connection, "offices"), unlisted(connection, "services"));
        });
        LOG.info("Schedule replaced: {} offices, {} services, {} slots; {} slots kept for confirmed bookings",
                result.offices(), result.services(), result.slots(), result.keptSlots().size());
        return result;
    }

    private static boolean sameTimeAndPlace(Slot a, Slot b) {
        return a.officeId().equals(b.officeId()) && a.serviceId().equals(b.serviceId())
                && a.start().equals(b.start()) && a.end().equals(b.end());
    }

    private static void insertSlot(Connection connection, Slot slot) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO slots (id, office_id, service_id, start, end, capacity) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, slot.id());
            insert.setString(2, slot.officeId());
            insert.setString(3, slot.serviceId());
            insert.setString(4, slot.start().toString());
            insert.setString(5, slot.end().toString());
            insert.setInt(6, slot.capacity());
            insert.executeUpdate();
        }
    }

    private static void setCapacity(Connection connection, String slotId, int capacity) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE slots SET capacity = ? WHERE id = ?")) {
            update.setInt(1, capacity);
            update.setString(2, slotId);
            update.executeUpdate();
        }
    }

    /** Offices of the document get its order; the others lose their place and go unless a slot still needs them. */
    private static void upsertOffices(Connection connection, Collection<Office> offices) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UPDATE offices SET position = NULL");
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO offices (id, name, address, phone, hours, position) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address,
                    phone = excluded.phone, hours = excluded.hours, position = excluded.position""")) {
            int position = 0;
            for (Office office : offices) {
                upsert.setString(1, office.id());
                upsert.setString(2, office.name());
                upsert.setString(3, office.address());
                upsert.setString(4, office.phone());
                upsert.setString(5, office.hours());
                upsert.setInt(6, position++);
                upsert.executeUpdate();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM offices WHERE position IS NULL AND id NOT IN (SELECT office_id FROM slots)");
        }
    }

    private static void upsertServices(Connection connection, Collection<Service> services) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UPDATE services SET position = NULL");
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO services (id, name_zh, name_en, position) VALUES (?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
                    position = excluded.position""")) {
            int position = 0;
            for (Service service : services) {
                upsert.setString(1, service.id());
                upsert.setString(2, service.nameZh());
                upsert.setString(3, service.nameEn());
                upsert.setInt(4, position++);
                upsert.executeUpdate();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM services WHERE position IS NULL AND id NOT IN (SELECT service_id FROM slots)");
        }
    }

    private static List<String> unlisted(Connection connection, String table) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id FROM " + table + " WHERE position IS NULL ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** The services of the current schedule, in the schedule's order. */
    public List<Service> services() {
        return query("SELECT id, name_zh, name_en FROM services WHERE position IS NOT NULL ORDER BY position", st -> { },
                rs -> new Service(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /** The offices of the current schedule, in the schedule's order. */
    public List<Office> offices() {
        return query("SELECT id, name, address, phone, hours FROM offices WHERE position IS NOT NULL ORDER BY position",
                st -> { }, BookingStore::office);
    }

    /** Any office by id, including one kept only because confirmed bookings refer to it (for "my booking"). */
    public Optional<Office> office(String officeId) {
        return query("SELECT id, name, address, phone, hours FROM offices WHERE id = ?", st -> st.setString(1, officeId),
                BookingStore::office).stream().findFirst();
    }

    /**
     * The offices of the current schedule where a visitor can book the service: at least one slot starting at or after
     * {@code from} still has a free seat. In the schedule's order.
     */
    public List<Office> officesOffering(String serviceId, LocalDateTime from) {
        return query("""
                SELECT o.id, o.name, o.address, o.phone, o.hours FROM offices o
                WHERE o.position IS NOT NULL AND EXISTS (SELECT 1 FROM slots s
                    WHERE s.office_id = o.id AND s.service_id = ? AND s.start >= ?
                      AND s.capacity > (SELECT count(*) FROM bookings b WHERE b.slot_id = s.id AND b.state = 'CONFIRMED'))
                ORDER BY o.position""", st -> {
                    st.setString(1, serviceId);
                    st.setString(2, from.toString());
                }, BookingStore::office);
    }

    /**
     * The days from {@code from}'s date on, {@code days} days in all, on which the office has a free seat for the
     * service in a slot starting at or after {@code from} (so today's past slots do not count), in date order.
     */
    public List<DayAvailability> days(String officeId, String serviceId, LocalDateTime from, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, not " + days);
        }
        String until = from.toLocalDate().plusDays(days).atStartOfDay().toString();
        return query("""
                SELECT substr(start, 1, 10) AS day, count(*), sum(free) FROM (
                    SELECT s.start, s.capacity
                        - (SELECT count(*) FROM bookings b WHERE b.slot_id = s.id AND b.state = 'CONFIRMED') AS free
                    FROM slots s WHERE s.office_id = ? AND s.service_id = ? AND s.start >= ? AND s.start < ?)
                WHERE free > 0 GROUP BY day ORDER BY day""", st -> {
                    st.setString(1, officeId);
                    st.setString(2, serviceId);
                    st.setString(3, from.toString());
                    st.setString(4, until);
                }, rs -> new DayAvailability(LocalDate.parse(rs.getString(1)), rs.getInt(2), rs.getInt(3)));
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
                    INSERT INTO bookings (code, slot_id, name, id_number, phone, matter, note, state, created, change_seq)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, made.code());
                insert.setString(2, slotId);
                insert.setBytes(3, cipher.encrypt(made.name(), context(made.code(), "name")));
                insert.setBytes(4, cipher.encrypt(made.idNumber(), context(made.code(), "id_number")));
                insert.setBytes(5, cipher.encrypt(made.phone(), context(made.code(), "phone")));
                insert.setString(6, made.matter());
                insert.setBytes(7, cipher.encrypt(made.note() == null ? "" : made.note(), context(made.code(), "note")));
                insert.setString(8, made.state().name());
                insert.setString(9, made.created().toString());
                insert.setLong(10, nextChange(connection));
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
            updateState(connection, next);
            enqueue(connection, "booking.cancelled", next);
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
    public Booking recordOfficeDecision(String code, BookingState target) {
        if (target != BookingState.ATTENDED && target != BookingState.NO_SHOW && target != BookingState.REJECTED) {
            throw new IllegalArgumentException("an office reports ATTENDED, NO_SHOW or REJECTED, not " + target);
        }
        boolean[] changed = {false};
        Booking decided = inTransaction(connection -> {
            Booking current = read(connection, code).orElseThrow(() -> new NoSuchElementException("no booking " + code));
            if (current.state() == target) {
                return current;
            }
            Booking next = current.withState(target);
            updateState(connection, next);
            enqueue(connection, "booking.state_changed", next);
            changed[0] = true;
            return next;
        });
        if (changed[0]) {
            LOG.info("Booking {} is now {} (office decision)", code, target);
        }
        return decided;
    }

    /**
     * The bookings changed after {@code cursor} (null or empty: from the beginning), oldest change first, at most
     * {@code limit} of them. Every booking appears once per page with its current state; a booking changed again
     * after it was exported appears again later.
     *
     * @throws IllegalArgumentException for a cursor this store did not hand out, or a limit outside 1..{@value
     *                                  ExportPage#MAX_LIMIT}
     */
    public ExportPage export(String cursor, int limit) {
        if (limit < 1 || limit > ExportPage.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + ExportPage.MAX_LIMIT + ", not " + limit);
        }
        long after = cursor == null || cursor.isEmpty() ? 0 : ExportCursor.decode(cursor);
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement("""
                SELECT b.code, b.slot_id, b.name, b.id_number, b.phone, b.matter, b.note, b.state, b.created,
                    b.change_seq, s.id, s.office_id, s.service_id, s.start, s.end, s.capacity
                FROM bookings b LEFT JOIN slots s ON s.id = b.slot_id
                WHERE b.change_seq > ? ORDER BY b.change_seq LIMIT ?""")) {
            query.setLong(1, after);
            query.setInt(2, limit + 1);
            List<ExportPage.Entry> entries = new ArrayList<>();
            boolean more = false;
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (entries.size() == limit) {
                        more = true;
                        break;
                    }
                    Optional<Slot> slot = rs.getString(11) == null ? Optional.empty() : Optional.of(new Slot(
                            rs.getString(11), rs.getString(12), rs.getString(13), LocalDateTime.parse(rs.getString(14)),
                            LocalDateTime.parse(rs.getString(15)), rs.getInt(16)));
                    entries.add(new ExportPage.Entry(booking(rs), slot, rs.getLong(10)));
                }
            }
            long last = entries.isEmpty() ? after : entries.get(entries.size() - 1).change();
            return new ExportPage(entries, ExportCursor.encode(last), more);
        } catch (SQLException e) {
            throw new BookingStoreException("cannot export bookings", e);
        }
    }

    /** How many bookings are in each state; states with none are present with 0. */
    public Map<BookingState, Integer> countsByState() {
        Map<BookingState, Integer> counts = new EnumMap<>(BookingState.class);
        for (BookingState state : BookingState.values()) {
            counts.put(state, 0);
        }
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT state, count(*) FROM bookings GROUP BY state")) {
            while (rs.next()) {
                counts.put(BookingState.valueOf(rs.getString(1)), rs.getInt(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new BookingStoreException("cannot count bookings", e);
        }
    }

    /** The code of the most recently made booking that still holds its seat (the demo panel shows it to the camera). */
    public Optional<String> latestConfirmedCode() {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT code FROM bookings WHERE state = 'CONFIRMED' ORDER BY created DESC, rowid DESC LIMIT 1")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new BookingStoreException("cannot read the latest booking", e);
        }
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
                return Optional.of(booking(rs));
            }
        }
    }

    /** A booking from the first nine columns of a row, in the order {@link #read} selects them. */
    private Booking booking(ResultSet rs) throws SQLException {
        String found = rs.getString(1);
        return new Booking(found, rs.getString(2), cipher.decrypt(rs.getBytes(3), context(found, "name")),
                cipher.decrypt(rs.getBytes(4), context(found, "id_number")),
                cipher.decrypt(rs.getBytes(5), context(found, "phone")),
                rs.getString(6), cipher.decrypt(rs.getBytes(7), context(found, "note")), BookingState.valueOf(rs.getString(8)),
                Instant.parse(rs.getString(9)));
    }

    private static Optional<Slot> readSlot(Connection connection, String slotId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, office_id, service_id, start, end, capacity FROM slots WHERE id = ?")) {
            query.setString(1, slotId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(new Slot(rs.getString(1), rs.getString(2), rs.getString(3),
                        LocalDateTime.parse(rs.getString(4)), LocalDateTime.parse(rs.getString(5)), rs.getInt(6)))
                        : Optional.empty();
            }
        }
    }

    private static Office office(ResultSet rs) throws SQLException {
        return new Office(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    private void updateState(Connection connection, Booking booking) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE bookings SET state = ?, change_seq = ? WHERE code = ?")) {
            update.setString(1, booking.state().name());
            update.setLong(2, nextChange(connection));
            update.setString(3, booking.code());
            update.executeUpdate();
        }
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

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, Row<T> row) {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            binder.bind(query);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new BookingStoreException("cannot read the schedule", e);
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

    /** The associated data of an encrypted field: a value copied to another row or column fails to decrypt. */
    static String context(String code, String column) {
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
