package org.legalkiosk.hub.terminals;

import org.junit.jupiter.api.Test;
import org.legalkiosk.hub.protocol.DeviceReport;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AlertTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private static TerminalRow row(String id, boolean online, List<DeviceReport> attention, int backlog, Long content) {
        return new TerminalRow(id, id, "城关镇", "g", true, false, NOW.minusSeconds(online ? 30 : 1800), online,
                "0.1.0", content, attention, 0, null, backlog, null);
    }

    @Test
    void offlineComesFirstAndHidesTheStaleDeviceReport() {
        List<Alert> alerts = Alert.of(List.of(
                row("a", true, List.of(new DeviceReport("receipt", null, "NEEDS_ATTENTION", "paper-out")), 0, 5L),
                row("b", false, List.of(new DeviceReport("receipt", null, "DISCONNECTED", null)), 0, 5L),
                row("c", true, List.of(), 51, 4L),
                row("d", true, List.of(), 50, 5L)), Map.of("g", 5L), NOW);
        assertEquals(List.of("OFFLINE b", "DEVICE a", "BACKLOG c", "CONTENT_STALE c"),
                alerts.stream().map(a -> a.kind() + " " + a.terminal().id()).toList());
        assertEquals("30 分钟无心跳 min without a heartbeat", alerts.get(0).detail());
    }
}
