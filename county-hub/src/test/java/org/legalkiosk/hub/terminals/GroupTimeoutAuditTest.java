package org.legalkiosk.hub.terminals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.hub.TestPostgres;
import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.db.Database;

/** A group's timeout change is audited as a change: the new value and the one it replaced. */
class GroupTimeoutAuditTest {

    private static Database database;

    @BeforeAll
    static void start() throws Exception {
        database = TestPostgres.freshDatabase();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void theAuditEntrySaysTheOldValueAndARefusedChangeLeavesNone() {
        GroupStore groups = new GroupStore(database.dataSource());
        AuditLog audit = new AuditLog(database.dataSource());
        groups.put("admin", "河西乡", 300);
        groups.put("admin", "河西乡", 1800);
        assertThrows(IllegalArgumentException.class, () -> groups.put("admin", "河西乡", 5));
        List<String> details = audit.recent(10).stream()
                .filter(e -> e.action().equals("group.put"))
                .map(e -> e.actor() + ": " + e.detail())
                .toList();
        assertEquals(
                List.of("admin: offline after 1800 s (was 300 s)", "admin: new group, offline after 300 s"), details);
        assertEquals(1800, groups.list().get(0).offlineAfterSeconds());
    }
}
