package org.legalkiosk.booking.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.booking.store.Schedules.ID_NUMBER;
import static org.legalkiosk.booking.store.Schedules.PHONE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dataDir;

    @Test
    void anEmptyFileIsMigratedToTheLatestSchema() throws Exception {
        Path db = dataDir.resolve(BookingStore.DATABASE_FILE);
        Files.createFile(db);
        try (BookingStore store = BookingStore.open(dataDir)) {
            try (Connection connection = store.connect();
                    Statement statement = connection.createStatement()) {
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
        try (Connection connection =
                        DriverManager.getConnection("jdbc:sqlite:" + old.resolve(BookingStore.DATABASE_FILE));
                Statement statement = connection.createStatement()) {
            // Schema 2: before change numbers (the test of their migration).
            assertEquals(2, Migrations.migrate(connection, 2));
            assertTrue(!columns(statement, "bookings").contains("change_seq"));
            statement.execute("ATTACH DATABASE '" + dataDir.resolve(BookingStore.DATABASE_FILE) + "' AS current");
            // Only the columns the previous version had.
            statement.execute("INSERT INTO main.offices SELECT id, name, address, phone, hours FROM current.offices");
            statement.execute("INSERT INTO main.services SELECT id, name_zh, name_en FROM current.services");
            statement.execute("INSERT INTO main.slots SELECT id, office_id, service_id, start, end, capacity"
                    + " FROM current.slots");
            statement.execute("INSERT INTO main.bookings SELECT code, slot_id, name, id_number, phone, matter, note,"
                    + " state, created FROM current.bookings");
            statement.execute(
                    "INSERT INTO main.outbox (id, event_type, idempotency_key, payload, created, sent) SELECT id, event_type, idempotency_key, payload, created, sent"
                            + " FROM current.outbox");
            statement.execute("DETACH DATABASE current");
        }
        try (BookingStore store = BookingStore.open(old)) {
            try (Connection connection = store.connect();
                    Statement statement = connection.createStatement()) {
                assertEquals(Migrations.latest(), Migrations.currentVersion(statement));
                assertTrue(columns(statement, "outbox").contains("attempts"));
                assertTrue(columns(statement, "bookings").contains("change_seq"));
            }
            assertEquals(
                    Schedules.NINE,
                    store.schedule().slot("s9").orElseThrow().bookBy(),
                    "schema 6: an older slot is offered until it starts, as before");
            assertEquals(ID_NUMBER, store.find(code).orElseThrow().idNumber());
            assertEquals(1, store.outboxPending().size());
            assertEquals(
                    1,
                    store.slots("o1", "aid", Schedules.NINE.toLocalDate())
                            .get(0)
                            .remaining());
            // The old booking got a change number, the export sees it, and new changes come after it.
            ExportPage all = store.export(null, 10);
            assertEquals(
                    List.of(code),
                    all.bookings().stream().map(e -> e.booking().code()).toList());
            store.cancel(code);
            ExportPage after = store.export(all.next(), 10);
            assertEquals(
                    List.of(code),
                    after.bookings().stream().map(e -> e.booking().code()).toList());
            assertTrue(after.bookings().get(0).change() > all.bookings().get(0).change());
            // Offices and services keep being listed.
            assertEquals(List.of(Schedules.OFFICE), store.offices());
            assertEquals(List.of(Schedules.LEGAL_AID), store.services());
        }
    }

    /**
     * Issue 13, finding 8: a file of schema 3 holds names and notes in clear. Opening it encrypts them, every booking
     * reads back as before, and the clear values are nowhere in the file any more (not even in freed pages).
     */
    @Test
    void namesAndNotesStoredInClearBySchemaThreeAreEncryptedOnOpening() throws Exception {
        Path key;
        try (BookingStore fresh = BookingStore.open(dataDir)) {
            key = dataDir.resolve(BookingStore.KEY_FILE);
        }
        Path old = Files.createDirectories(dataDir.resolve("old"));
        Files.copy(key, old.resolve(BookingStore.KEY_FILE));
        Path db = old.resolve(BookingStore.DATABASE_FILE);
        FieldCipher cipher = FieldCipher.open(old.resolve(BookingStore.KEY_FILE));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement()) {
            assertEquals(3, Migrations.migrate(connection, 3));
            statement.execute("INSERT INTO offices (id, name, address, phone, hours, position) VALUES "
                    + "('o1', '城关镇司法所', '人民路 1 号', '0931-1234567', '9:00-17:30', 1)");
            statement.execute(
                    "INSERT INTO slots VALUES ('s1', 'o1', 'aid', '2026-12-03T10:00', '2026-12-03T11:00', 4)");
            try (var insert = connection.prepareStatement("INSERT INTO bookings (code, slot_id, name, id_number, phone,"
                    + " matter, note, state, created, change_seq) VALUES (?, 's1', ?, ?, ?, '欠薪', ?, 'CONFIRMED',"
                    + " '2026-11-28T08:00:00Z', ?)")) {
                String[][] rows = {{"4KD7QX", "王秀英", "老板拖欠工资三个月"}, {"7PM2RT", "", ""}};
                for (int i = 0; i < rows.length; i++) {
                    insert.setString(1, rows[i][0]);
                    insert.setString(2, rows[i][1]);
                    insert.setBytes(3, cipher.encrypt(ID_NUMBER, BookingStore.context(rows[i][0], "id_number")));
                    insert.setBytes(4, cipher.encrypt(PHONE, BookingStore.context(rows[i][0], "phone")));
                    insert.setString(5, rows[i][2]);
                    insert.setInt(6, i + 1);
                    insert.executeUpdate();
                }
            }
        }
        assertTrue(contains(db, "王秀英"), "the test file really holds the name in clear");

        try (BookingStore store = BookingStore.open(old)) {
            org.legalkiosk.booking.domain.Booking b = store.find("4KD7QX").orElseThrow();
            assertEquals("王秀英", b.name());
            assertEquals("老板拖欠工资三个月", b.note());
            assertEquals(ID_NUMBER, b.idNumber());
            try (Connection connection = store.connect();
                    Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "SELECT typeof(name), typeof(note), erased FROM bookings" + " ORDER BY code")) {
                assertTrue(rs.next());
                assertEquals("blob", rs.getString(1));
                assertEquals("blob", rs.getString(2));
                assertEquals(0, rs.getInt(3));
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(3), "the booking already erased (empty name) stays erased");
            }
            String made = store.book("s1", "李四", ID_NUMBER, PHONE, "欠薪", "第二次来").code();
            assertEquals("第二次来", store.find(made).orElseThrow().note());
        }
        for (Path file : List.of(db, old.resolve(BookingStore.DATABASE_FILE + "-wal"))) {
            assertTrue(
                    !contains(file, "王秀英") && !contains(file, "老板拖欠") && !contains(file, "李四"),
                    "no name or note in clear in " + file.getFileName());
        }
    }

    private static boolean contains(Path file, String text) throws java.io.IOException {
        if (!Files.exists(file)) {
            return false;
        }
        byte[] bytes = Files.readAllBytes(file);
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void reopeningAnUpToDateFileChangesNothing() throws Exception {
        BookingStore.open(dataDir).close();
        try (BookingStore store = BookingStore.open(dataDir);
                Connection connection = store.connect();
                Statement statement = connection.createStatement()) {
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
