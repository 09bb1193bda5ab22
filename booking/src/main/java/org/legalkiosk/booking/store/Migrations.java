package org.legalkiosk.booking.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema as an ordered list of scripts; script n takes the file from version n-1 to version n. Each script
 * runs in one transaction together with the version bump, so a crash leaves the file at the old or the new
 * version, never in between. Scripts are never edited once shipped: changes go in a new script at the end.
 * Scripts are split on semicolons, so they must not contain one inside a string literal or a trigger body.
 */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    static final List<String> SCRIPTS = List.of(
            """
            CREATE TABLE offices (id TEXT PRIMARY KEY, name TEXT NOT NULL, address TEXT NOT NULL,
                phone TEXT NOT NULL, hours TEXT NOT NULL);
            CREATE TABLE services (id TEXT PRIMARY KEY, name_zh TEXT NOT NULL, name_en TEXT NOT NULL);
            CREATE TABLE slots (id TEXT PRIMARY KEY, office_id TEXT NOT NULL, service_id TEXT NOT NULL,
                start TEXT NOT NULL, end TEXT NOT NULL, capacity INTEGER NOT NULL CHECK (capacity >= 0));
            CREATE TABLE bookings (code TEXT PRIMARY KEY, slot_id TEXT NOT NULL, name TEXT NOT NULL,
                id_number BLOB NOT NULL, phone BLOB NOT NULL, matter TEXT NOT NULL, note TEXT NOT NULL,
                state TEXT NOT NULL, created TEXT NOT NULL);
            CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, event_type TEXT NOT NULL,
                idempotency_key TEXT NOT NULL UNIQUE, payload TEXT NOT NULL, created TEXT NOT NULL, sent TEXT);
            """,
            """
            CREATE INDEX bookings_by_slot ON bookings (slot_id, state);
            CREATE INDEX slots_by_office_service_start ON slots (office_id, service_id, start);
            CREATE INDEX outbox_pending ON outbox (id) WHERE sent IS NULL;
            ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
            """,
            // 3: a change sequence for the agent's export (a counter, not max(change_seq), so a purge that deletes
            // rows can never hand out a number again), and each office's and service's place in the pushed
            // schedule (NULL: kept only because slots with confirmed bookings still refer to it).
            """
            ALTER TABLE bookings ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
            UPDATE bookings SET change_seq = rowid;
            CREATE INDEX bookings_by_change ON bookings (change_seq);
            CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
            INSERT INTO counters (name, value) SELECT 'booking_change', coalesce(max(change_seq), 0) FROM bookings;
            ALTER TABLE offices ADD COLUMN position INTEGER;
            ALTER TABLE services ADD COLUMN position INTEGER;
            UPDATE offices SET position = rowid;
            UPDATE services SET position = rowid;
            """,
            // 4: the name and the note are encrypted like the ID number and phone (PersonalFieldsMigration turns
            // the clear values of older files into ciphertext right after this script); "erased" replaces the
            // purge's test for an empty name, which ciphertext can no longer answer in SQL.
            """
            ALTER TABLE bookings ADD COLUMN erased INTEGER NOT NULL DEFAULT 0;
            UPDATE bookings SET erased = 1 WHERE name = '';
            """,
            // 5: the township office's newest decision as the hub passed it on (OfficeDecisions): its number, which
            // orders decisions whatever order they arrive in, its kind, a cancellation's reason and when.
            """
            ALTER TABLE bookings ADD COLUMN office_decision_seq INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE bookings ADD COLUMN office_decision TEXT;
            ALTER TABLE bookings ADD COLUMN office_reason TEXT;
            ALTER TABLE bookings ADD COLUMN office_decided_at TEXT;
            """,
            // 6: the last moment each slot is offered (its start, or earlier by the office's minimum notice,
            // docs/decisions/0061); older slots are offered until they start, as before.
            """
            ALTER TABLE slots ADD COLUMN book_by TEXT NOT NULL DEFAULT '';
            UPDATE slots SET book_by = start;
            """,
            // 7: a cancellation's list reason by name and the officer's own words apart from it, so My booking
            // says the list reason in the visitor's language (docs/decisions/0095); decisions kept before have
            // neither and are shown by their Chinese text, as before.
            """
            ALTER TABLE bookings ADD COLUMN office_reason_code TEXT;
            ALTER TABLE bookings ADD COLUMN office_reason_words TEXT;
            """);

    private Migrations() {}

    static int latest() {
        return SCRIPTS.size();
    }

    /** Brings the file up to the latest version. */
    static int migrate(Connection connection) throws SQLException {
        return migrate(connection, latest());
    }

    /** Brings the file up to {@code target} (tests use it to build a file at an older version). */
    static int migrate(Connection connection, int target) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            int version;
            try {
                statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
                version = currentVersion(statement);
                if (version > latest()) {
                    throw new SQLException("bookings.db is at schema version " + version
                            + ", newer than this program knows (" + latest() + ")");
                }
                for (int next = version + 1; next <= target; next++) {
                    for (String sql : SCRIPTS.get(next - 1).split(";")) {
                        if (!sql.isBlank()) {
                            statement.execute(sql);
                        }
                    }
                    statement.execute("DELETE FROM schema_version");
                    try (PreparedStatement record =
                            connection.prepareStatement("INSERT INTO schema_version (version) VALUES (?)")) {
                        record.setInt(1, next);
                        record.executeUpdate();
                    }
                    LOG.info("Booking store migrated to schema version {}", next);
                    version = next;
                }
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
            return version;
        }
    }

    static int currentVersion(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT max(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
