package org.legalkiosk.booking.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;

import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bookings in one SQLite file ({@value #DATABASE_FILE}, personal fields encrypted with {@value #KEY_FILE}): opens
 * and migrates it, and hands each job to the part that does it. {@link ScheduleReads} answers every question about
 * the schedule, for the screens and the agent alike; {@link ScheduleReplacement} replaces it; {@link BookingWrites}
 * books, cancels and records office decisions, each in one transaction with its outbox row
 * ({@link OutboxWriter}); {@link OfficeDecisions} applies the decisions the county hub passes on;
 * {@link BookingReads} reads bookings back. The methods here are the store's public face
 * and only pass on.
 * <p>
 * Each call opens its own connection, so the store is safe to share between threads and SQLite's own locking
 * (with a busy timeout) serialises writers, in this process and in any other.
 */
public final class BookingStore implements AutoCloseable {

    public static final String DATABASE_FILE = "bookings.db";
    public static final String KEY_FILE = "booking.key";

    private static final Logger LOG = LoggerFactory.getLogger(BookingStore.class);

    private final Database database;
    private final ScheduleReads schedule;
    private final ScheduleReplacement replacement;
    private final BookingReads bookings;
    private final BookingWrites writes;
    private final OutboxWriter outbox;
    private final OfficeDecisions decisions;

    private BookingStore(Path file, FieldCipher cipher, Random codes, Clock clock) {
        database = new Database(file);
        schedule = new ScheduleReads(database);
        replacement = new ScheduleReplacement(database);
        bookings = new BookingReads(database, cipher);
        outbox = new OutboxWriter(database, clock);
        writes = new BookingWrites(database, cipher, bookings, outbox, codes, clock);
        decisions = new OfficeDecisions(database, bookings, writes);
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
        return database.connect();
    }

    /** The schedule's reads: what the screens offer and the agent reports come from here. */
    public ScheduleReads schedule() {
        return schedule;
    }

    /** Where other parts of the kiosk append their events, delivered with the bookings'. */
    public OutboxWriter outbox() {
        return outbox;
    }

    /** Replaces the schedule; see {@link ScheduleReplacement#put} for what happens to seats already booked. */
    public ScheduleResult putSchedule(
            Collection<Office> offices, Collection<Service> services, Collection<Slot> slots) {
        return replacement.put(offices, services, slots);
    }

    /** {@link ScheduleReads#services()}. */
    public List<Service> services() {
        return schedule.services();
    }

    /** {@link ScheduleReads#offices()}. */
    public List<Office> offices() {
        return schedule.offices();
    }

    /** {@link ScheduleReads#office(String)}. */
    public Optional<Office> office(String officeId) {
        return schedule.office(officeId);
    }

    /** {@link ScheduleReads#officesOffering(String, LocalDateTime)}. */
    public List<Office> officesOffering(String serviceId, LocalDateTime from) {
        return schedule.officesOffering(serviceId, from);
    }

    /** {@link ScheduleReads#days(String, String, LocalDateTime, int)}. */
    public List<DayAvailability> days(String officeId, String serviceId, LocalDateTime from, int days) {
        return schedule.days(officeId, serviceId, from, days);
    }

    /** {@link ScheduleReads#slots(String, String, LocalDate)}. */
    public List<SlotAvailability> slots(String officeId, String serviceId, LocalDate day) {
        return schedule.slots(officeId, serviceId, day);
    }

    /**
     * Books a seat in the slot and queues a {@code booking.created} event, in one transaction.
     *
     * @throws SlotFullException        when no seat is left
     * @throws NoSuchElementException   when the slot does not exist
     * @throws IllegalArgumentException when the ID number or the phone is not valid
     */
    public Booking book(String slotId, String name, String idNumber, String phone, String matter, String note) {
        return writes.book(slotId, name, idNumber, phone, matter, note);
    }

    /**
     * Cancels a confirmed booking, freeing its seat, and queues a {@code booking.cancelled} event.
     *
     * @throws NoSuchElementException when there is no such booking
     * @throws IllegalStateException  when the booking is no longer confirmed
     */
    public Booking cancel(String code) {
        return writes.cancel(code);
    }

    /** What the office reports (ATTENDED, NO_SHOW, REJECTED); see {@link BookingWrites#recordOfficeDecision}. */
    public Booking recordOfficeDecision(String code, BookingState target) {
        return writes.recordOfficeDecision(code, target);
    }

    /** The township office's decisions the hub passes on: applied idempotently, the newest kept per booking. */
    public OfficeDecisions decisions() {
        return decisions;
    }

    /** The bookings changed after {@code cursor}, oldest change first; see {@link BookingReads#export}. */
    public ExportPage export(String cursor, int limit) {
        return bookings.export(cursor, limit);
    }

    /** How many bookings are in each state; states with none are present with 0. */
    public Map<BookingState, Integer> countsByState() {
        return bookings.countsByState();
    }

    /** The code of the most recently made booking that still holds its seat (the demo panel shows it to the camera). */
    public Optional<String> latestConfirmedCode() {
        return bookings.latestConfirmedCode();
    }

    /** The booking with this code (unformatted, as {@link BookingCode#parse} returns it). */
    public Optional<Booking> find(String code) {
        return bookings.find(code);
    }

    /** Events not yet delivered, oldest first. */
    public List<OutboxEvent> outboxPending() {
        return new Outbox(this).pending();
    }

    /** Nothing to release: connections are per call. Kept so callers treat the store like every other handle. */
    @Override
    public void close() {}

    /** The associated data of an encrypted field: a value copied to another row or column fails to decrypt. */
    static String context(String code, String column) {
        return "bookings/" + code + "/" + column;
    }
}
