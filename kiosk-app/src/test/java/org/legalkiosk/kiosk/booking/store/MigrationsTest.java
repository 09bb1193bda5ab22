package org.legalkiosk.kiosk.booking.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.booking.store.Schedules.ID_NUMBER;
import static org.legalkiosk.kiosk.booking.store.Schedules.PHONE;

class MigrationsTest {

    @TempDir
    Path dataDir;

    @Test
    void anEmptyFileIsMigratedToTheLatestSchema() throws Exception {
        Path db = dataDir.resolve(BookingStore.DATABASE_FILE);
        Files.createFile(db);
        try (BookingStore store = BookingStore.open(dataDir)) {
            try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
                assertEquals(Migrations.latest(), Migrations.currentVersion(statement));
                assertTrue(columns(statement, "outbox").contains("attempts"));
                try (ResultSet rs = statement.executeQuery("PRAGMA journal_mode")) {
                    assertEquals("wal", rs.getString(1));
                }
                try (ResultSet rs = statement.executeQuery("PRAGMA synchronous")) {
                    assertEquals(2, rs.getInt(1), "synchronous=FULL");
                }
            }
        }
    }

    @Test
    void aFileAtThePreviousVersionIsMigratedKeepingItsBookings() throws Exception {
        String code;
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 2));
            code = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "").code();
        }
        // Rebuild the same content in a file that stopped at the previous version.
        Path old = Files.createDirectories(dataDir.resolve("old"));
        Files.copy(dataDir.resolve(BookingStore.KEY_FILE), old.resolve(BookingStore.KEY_FILE));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + old.resolve(BookingStore.DATABASE_FILE));
             Statement statement = connection.createStatement()) {
            assertEquals(Migrations.latest() - 1, Migrations.migrate(connection, Migrations.latest() - 1));
            assertTrue(!columns(statement, "bookings").contains("change_seq"));
            statement.execute("ATTACH DATABASE '" + dataDir.resolve(BookingStore.DATABASE_FILE) + "' AS current");
            // Only the columns the previous version had.
            statement.execute("INSERT INTO main.offices SELECT id, name, address, phone, hours FROM current.offices");
            statement.execute("INSERT INTO main.services SELECT id, name_zh, name_en FROM current.services");
            statement.execute("INSERT INTO main.slots SELECT * FROM current.slots");
            statement.execute("INSERT INTO main.bookings SELECT code, slot_id, name, id_number, phone, matter, note,"
                    + " state, created FROM current.bookings");
            statement.execute("INSERT INTO main.outbox (id, event_type, idempotency_key, payload, created, sent) SELECT id, event_type, idempotency_key, payload, created, sent"
                    + " FROM current.outbox");
            statement.execute("DETACH DATABASE current");
        }
        try (BookingStore store = BookingStore.open(old)) {
            try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
                assertEquals(Migrations.latest(), Migrations.currentVersion(statement));
                assertTrue(columns(statement, "outbox").contains("attempts"));
                assertTrue(columns(statement, "bookings").contains("change_seq"));
            }
            assertEquals(ID_NUMBER, store.find(code).orElseThrow().idNumber());
            assertEquals(1, store.outboxPending().size());
            assertEquals(1, store.slots("o1", "aid", Schedules.NINE.toLocalDate()).get(0).remaining());
            // The old booking got a change number, the export sees it, and new changes come after it.
            ExportPage all = store.export(null, 10);
            assertEquals(List.of(code), all.bookings().stream().map(e -> e.booking().code()).toList());
            store.cancel(code);
            ExportPage after = store.export(all.next(), 10);
            assertEquals(List.of(code), after.bookings().stream().map(e -> e.booking().code()).toList());
            assertTrue(after.bookings().get(0).change() > all.bookings().get(0).change());
            // Offices and services keep being listed.
            assertEquals(List.of(Schedules.OFFICE), store.offices());
            assertEquals(List.of(Schedules.LEGAL_AID), store.services());
        }
    }

    @Test
    void reopeningAnUpToDateFileChangesNothing() throws Exception {
        BookingStore.open(dataDir).close();
        try (BookingStore store = BookingStore.open(dataDir);
             Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            assertEquals(Migrations.latest(), Migrations.migrate(connection));
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM schema_version")) {
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void aFileFromANewerProgramIsRefusedUntouched() throws Exception {
        BookingStore.open(dataDir).close();
        Path db = dataDir.resolve(BookingStore.DATABASE_FILE);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE schema_version SET version = " + (Migrations.latest() + 1));
            SQLException e = assertThrows(SQLException.class, () -> Migrations.migrate(connection));
            assertTrue(e.getMessage().contains("newer"), e.getMessage());
            assertEquals(Migrations.latest() + 1, Migrations.currentVersion(statement));
        }
        assertThrows(BookingStoreException.class, () -> BookingStore.open(dataDir));
    }

    private static List<String> columns(Statement statement, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                names.add(rs.getString("name"));
            }
        }
        return names;
    }
}
