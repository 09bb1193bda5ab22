package org.legalkiosk.hub.terminals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.legalkiosk.hub.protocol.ContentPin;
import org.legalkiosk.hub.protocol.DeviceReport;

class AlertTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private static TerminalRow row(String id, boolean online, List<DeviceReport> attention, int backlog, Long content) {
        return row(id, online, attention, backlog, content, null, null);
    }

    private static TerminalRow row(
            String id,
            boolean online,
            List<DeviceReport> attention,
            int backlog,
            Long content,
            ContentPin pin,
            AuditChainState audit) {
        return new TerminalRow(
                id,
                id,
                "城关镇",
                "g",
                true,
                false,
                NOW.minusSeconds(online ? 30 : 1800),
                online,
                "0.1.0",
                content,
                attention,
                0,
                null,
                backlog,
                null,
                pin,
                audit);
    }

    @Test
    void offlineComesFirstAndHidesTheStaleDeviceReport() {
        List<Alert> alerts = Alert.of(
                List.of(
                        row(
                                "a",
                                true,
                                List.of(new DeviceReport("receipt", null, "NEEDS_ATTENTION", "paper-out")),
                                0,
                                5L),
                        row("b", false, List.of(new DeviceReport("receipt", null, "DISCONNECTED", null)), 0, 5L),
                        row("c", true, List.of(), 51, 4L),
                        row("d", true, List.of(), 50, 5L)),
                Map.of("g", 5L),
                NOW);
        assertEquals(
                List.of("OFFLINE b", "DEVICE a", "BACKLOG c", "CONTENT_STALE c"),
                alerts.stream().map(a -> a.kind() + " " + a.terminal().id()).toList());
        assertEquals("30 分钟无心跳 min without a heartbeat", alerts.get(0).detail());
    }

    @Test
    void aFlaggedAuditLogShowsEvenOfflineAndAPinReplacesContentBehind() {
        AuditChainState forked = new AuditChainState(
                AuditChainState.Verdict.FORKED, "line 409 was rewritten", NOW.minusSeconds(600), 420, 409);
        AuditChainState fine = new AuditChainState(AuditChainState.Verdict.OK, null, null, 420, 420);
        ContentPin pin = new ContentPin(5, 6, NOW.minusSeconds(3600));
        List<Alert> alerts = Alert.of(
                List.of(
                        row("a", false, List.of(), 0, 5L, null, forked),
                        row("b", true, List.of(), 0, 5L, pin, fine),
                        row("c", false, List.of(), 0, 5L, pin, null),
                        row("d", true, List.of(), 0, 6L, null, fine)),
                Map.of("g", 6L),
                NOW);
        assertEquals(
                List.of("OFFLINE a", "OFFLINE c", "AUDIT a", "PINNED b"),
                alerts.stream().map(a -> a.kind() + " " + a.terminal().id()).toList());
        assertEquals("line 409 was rewritten", alerts.get(2).detail());
        assertEquals("v5（由 v6 回退 rolled back from v6）", alerts.get(3).detail());
        assertEquals("审计日志异常", alerts.get(2).zh());
        assertEquals("content pinned by a rollback", alerts.get(3).en());
    }
}
