package org.legalkiosk.kiosk.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.hub.protocol.HubNotice;
import org.legalkiosk.kiosk.store.FileNoticesStore;
import org.legalkiosk.kiosk.store.NoticeDocument;

class HubNoticeSyncTest {

    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

    private static HubNotice notice(long id, String title, boolean urgent) {
        return new HubNotice(id, title, null, "内容", null, urgent, START, null);
    }

    @Test
    void theHubsSetReplacesOnlyTheHubsNotices(@TempDir Path dir) throws Exception {
        FileNoticesStore store = new FileNoticesStore(dir);
        store.put(
                new NoticeDocument("agent-pushed", new NoticeDocument.Text("技术员推送", null), null, null, null, "normal"));
        HubNoticeSync sync = new HubNoticeSync(store);

        assertEquals(2, sync.apply(List.of(notice(1, "停电", true), notice(2, "讲座", false))));
        assertEquals(0, sync.apply(List.of(notice(1, "停电", true), notice(2, "讲座", false))), "nothing changed");
        assertEquals(2, sync.apply(List.of(notice(1, "停电改期", true))), "one replaced, one withdrawn");

        List<NoticeDocument> now = store.list();
        assertEquals(
                List.of("agent-pushed", "hub-1"),
                now.stream().map(NoticeDocument::id).sorted().toList());
        NoticeDocument hub =
                now.stream().filter(n -> n.id().equals("hub-1")).findFirst().orElseThrow();
        assertEquals("停电改期", hub.title().zh());
        assertEquals("urgent", hub.priority());
        assertEquals(START.toString(), hub.start());
    }
}
