package org.legalkiosk.hub.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.hub.TestPostgres;
import org.legalkiosk.hub.db.Database;
import org.legalkiosk.hub.db.DatabaseSettings;

/**
 * V71 against PostgreSQL (docs/decisions/0096): a database at V30, before the desk, holding booking events as a hub
 * of that time stored them; migrating puts them on the desk by the projection's rules (the newest change number
 * wins, whatever order they were stored in; no name or phone, since the log keeps none), leaves out what the
 * projection leaves out, and running the backfill again changes nothing at all.
 */
class DeskBackfillTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 10, 9, 0);
    private static final String A = code("AAAAA");
    private static final String B = code("CCCCC");
    private static final String C = code("DDDDD");

    private static String code(String body) {
        return body + BookingCode.checkCharacter(body);
    }

    @Test
    void storedBookingEventsFromBeforeTheDeskArePutOnItOnceByTheProjectionsRules() throws Exception {
        DatabaseSettings settings = TestPostgres.emptyDatabase();
        Flyway.configure()
                .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations("classpath:db/migration")
                .target("30")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            c.createStatement().execute("INSERT INTO terminal_groups (name) VALUES ('城关镇')");
            c.createStatement()
                    .execute("INSERT INTO terminals (id, name, township, group_name)"
                            + " VALUES ('village-1', '一村', '城关镇', '城关镇')");
            // Stored in this order: the cancellation (change 2) before the creation (change 1).
            store(c, "k1", event("booking.cancelled", A, "CANCELLED", 2L));
            store(c, "k2", event("booking.created", A, "CONFIRMED", 1L));
            // A kiosk older than change numbers: ordered by kind.
            store(c, "k3", event("booking.created", B, "CONFIRMED", null));
            // What the projection leaves out: no valid code, no state.
            store(c, "k4", event("booking.created", "no", "CONFIRMED", 1L));
            store(c, "k5", event("booking.created", C, null, 1L));
            // Not a booking's.
            store(
                    c,
                    "k6",
                    DeskEvents.changed("callback.requested", "DDDD55", NINE, "X", 1)
                            .body());
        }

        try (Database db = Database.open(settings);
                Connection c = db.connection()) {
            List<List<String>> rows = rows(c);
            assertEquals(2, rows.size(), "one row per valid booking: " + rows);
            try (ResultSet rs = c.createStatement()
                    .executeQuery("SELECT booking_code, kiosk_state, change_seq, visitor_name, visitor_phone,"
                            + " office_name, service_zh, slot_start, matter, booked_at, erased_at"
                            + " FROM desk_bookings ORDER BY booking_code")) {
                assertTrue(rs.next());
                assertEquals(A, rs.getString(1));
                assertEquals("CANCELLED", rs.getString(2), "the newest change wins, not the last stored");
                assertEquals(2, rs.getLong(3));
                assertNull(rs.getString(4), "the log keeps no name");
                assertNull(rs.getString(5), "nor phone");
                assertEquals("城关镇司法所", rs.getString(6));
                assertEquals("法律援助", rs.getString(7));
                assertEquals(NINE, rs.getObject(8, LocalDateTime.class));
                assertEquals("欠薪", rs.getString(9));
                assertFalse(rs.getString(10) == null, "booked_at from the event");
                assertNull(rs.getString(11), "not erased: simply never kept");
                assertTrue(rs.next());
                assertEquals(B, rs.getString(1));
                assertEquals("CONFIRMED", rs.getString(2));
                assertEquals(1, rs.getLong(3));
                assertNull(rs.getString(4));
                assertFalse(rs.next());
            }

            // Again, as if the migration ran twice: nothing projected, not a byte changed.
            DeskBackfill.Result again;
            c.setAutoCommit(false);
            again = new DeskBackfill().run(c);
            c.commit();
            assertEquals(new DeskBackfill.Result(0, 5), again);
            assertEquals(rows, rows(c));

            try (ResultSet rs = c.createStatement()
                    .executeQuery("SELECT success FROM flyway_schema_history WHERE version = '71'")) {
                assertTrue(rs.next() && rs.getBoolean(1), "V71 recorded");
            }
        }
    }

    private static ObjectNode event(String type, String code, String state, Long seq) {
        ObjectNode body = DeskEvents.changed(type, code, NINE, "CONFIRMED", 1).body();
        if (state == null) {
            body.remove("state");
        } else {
            body.put("state", state);
        }
        if (seq == null) {
            body.remove("changeSeq");
        } else {
            body.put("changeSeq", seq);
        }
        return body;
    }

    private static void store(Connection c, String key, ObjectNode body) throws Exception {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO terminal_events"
                + " (terminal_id, idempotency_key, event_type, body, body_sha256)"
                + " VALUES ('village-1', ?, ?, ?::jsonb, '\\x00'::bytea)")) {
            insert.setString(1, key);
            insert.setString(2, body.path("type").asText());
            insert.setString(3, body.toString());
            insert.executeUpdate();
        }
    }

    /** Every column of every desk row, updated_at included, as text. */
    private static List<List<String>> rows(Connection c) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (ResultSet rs =
                c.createStatement().executeQuery("SELECT * FROM desk_bookings ORDER BY terminal_id, booking_code")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(meta.getColumnName(i) + "=" + rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
