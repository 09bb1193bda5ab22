package org.legalkiosk.booking.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases the personal data of bookings that are over (PRC Personal Information Protection Law: keep it no longer
 * than the purpose needs). A booking whose slot ended more than the retention period ago, and whose outbox events
 * have all been delivered, loses its name, ID number, phone and note; its code, slot, matter and state stay for the
 * statistics. Erased values read back as empty strings; the ID number and phone are replaced by an encryption of
 * the empty string, so the booking still reads like any other.
 * <p>
 * Afterwards the file is vacuumed and the WAL checkpointed and truncated, so the old ciphertext does not linger in
 * free pages or old WAL frames. A run can be repeated at any time: erased bookings are skipped.
 */
public final class PersonalDataPurge {

    public static final int DEFAULT_RETENTION_DAYS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataPurge.class);
    private static final String ERASED = "";

    private final BookingStore store;
    private final FieldCipher cipher;
    private final int retentionDays;
    private final Clock clock;

    private PersonalDataPurge(BookingStore store, FieldCipher cipher, int retentionDays, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.retentionDays = retentionDays;
        this.clock = clock;
    }

    /**
     * The purge for the store opened on {@code dataDir}. The clock's zone is the offices' local time, in which
     * slot times are written (the system default on a terminal).
     *
     * @throws IllegalArgumentException when the retention period is negative
     */
    public static PersonalDataPurge of(BookingStore store, Path dataDir, int retentionDays, Clock clock) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(clock, "clock");
        if (retentionDays < 0) {
            throw new IllegalArgumentException("booking.retention-days must be zero or more, not " + retentionDays);
        }
        try {
            return new PersonalDataPurge(
                    store, FieldCipher.open(dataDir.resolve(BookingStore.KEY_FILE)), retentionDays, clock);
        } catch (IOException e) {
            throw new BookingStoreException("cannot read the booking key in " + dataDir, e);
        }
    }

    /** As {@link #of} with the default retention of 30 days and the system clock in the local time zone. */
    public static PersonalDataPurge of(BookingStore store, Path dataDir) {
        return of(store, dataDir, DEFAULT_RETENTION_DAYS, Clock.systemDefaultZone());
    }

    /** Erases what is due and answers how many bookings were erased in this run. */
    public int run() {
        LocalDateTime cutoff = LocalDateTime.now(clock).minusDays(retentionDays);
        Instant createdCutoff = clock.instant().minus(Duration.ofDays(retentionDays));
        int purged;
        int waitingForSync;
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement()) {
            // Zeroes the bytes of deleted and overwritten cells as they are freed, on top of the VACUUM below.
            statement.execute("PRAGMA secure_delete = ON");
            statement.execute("BEGIN IMMEDIATE");
            try {
                List<Candidate> due = new ArrayList<>();
                for (Candidate candidate : candidates(connection)) {
                    if (candidate.isOver(cutoff, createdCutoff)) {
                        due.add(candidate);
                    }
                }
                // An unsynced booking is never erased: until the county has its events, this terminal holds the
                // only record of it, and the office learns who is coming (through the admin export) and sends back
                // attended or rejected against it. Erasing first would lose a booking the office has not seen.
                waitingForSync = (int) due.stream().filter(c -> !c.synced()).count();
                purged = 0;
                for (Candidate candidate : due) {
                    if (candidate.synced()) {
                        erase(connection, candidate.code());
                        purged++;
                    }
                }
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
            if (purged > 0) {
                scrubFreedBytes(statement);
            }
        } catch (SQLException e) {
            throw new BookingStoreException("personal data purge failed", e);
        }
        LOG.info(
                "Personal data purge erased {} bookings; {} past the retention period wait for sync",
                purged,
                waitingForSync);
        return purged;
    }

    /**
     * A booking not yet erased. {@code slotEnd} is null when the schedule no longer holds its slot (a schedule push
     * drops slots that no confirmed booking holds, so this happens to cancelled and finished bookings); the
     * booking's creation time, the only date left, then stands in for it.
     */
    private record Candidate(String code, LocalDateTime slotEnd, Instant created, boolean synced) {

        boolean isOver(LocalDateTime cutoff, Instant createdCutoff) {
            return slotEnd != null ? slotEnd.isBefore(cutoff) : created.isBefore(createdCutoff);
        }
    }

    private static List<Candidate> candidates(Connection connection) throws SQLException {
        List<Candidate> result = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                     SELECT b.code, s.end, b.created,
                         NOT EXISTS (SELECT 1 FROM outbox o
                                     WHERE o.sent IS NULL AND json_extract(o.payload, '$.code') = b.code)
                     FROM bookings b LEFT JOIN slots s ON s.id = b.slot_id
                     WHERE b.erased = 0""")) {
            while (rs.next()) {
                String end = rs.getString(2);
                result.add(new Candidate(
                        rs.getString(1),
                        end == null ? null : LocalDateTime.parse(end),
                        Instant.parse(rs.getString(3)),
                        rs.getBoolean(4)));
            }
        }
        return result;
    }

    private void erase(Connection connection, String code) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE bookings SET name = ?, note = ?, id_number = ?, phone = ?, office_reason = NULL,"
                        + " office_reason_words = NULL, erased = 1 WHERE code = ?")) {
            // The same contexts as BookingStore uses, so the erased values decrypt (to "") like any others.
            update.setBytes(1, cipher.encrypt(ERASED, BookingStore.context(code, "name")));
            update.setBytes(2, cipher.encrypt(ERASED, BookingStore.context(code, "note")));
            update.setBytes(3, cipher.encrypt(ERASED, BookingStore.context(code, "id_number")));
            update.setBytes(4, cipher.encrypt(ERASED, BookingStore.context(code, "phone")));
            update.setString(5, code);
            update.executeUpdate();
        }
    }

    /**
     * Rewrites the file without the freed pages and empties the WAL. In WAL mode the VACUUM itself goes through
     * the WAL, so the checkpoint comes after it. A reader holding an old snapshot can keep the checkpoint from
     * finishing; the old frames are then overwritten by later checkpoints and the next run tries again.
     */
    private static void scrubFreedBytes(Statement statement) throws SQLException {
        statement.execute("VACUUM");
        try (ResultSet rs = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (rs.next() && rs.getInt(1) != 0) {
                LOG.warn("Personal data purge: the WAL could not be truncated now (the file is in use); "
                        + "it will be on a later run");
            }
        }
    }
}
