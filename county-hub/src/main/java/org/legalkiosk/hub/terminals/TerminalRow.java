package org.legalkiosk.hub.terminals;

import org.legalkiosk.hub.protocol.DeviceReport;

import java.time.Instant;
import java.util.List;

/**
 * One terminal as the console lists it.
 *
 * @param lastSeen       the last heartbeat, or null if it never sent one
 * @param online         a heartbeat arrived within its group's offline timeout
 * @param needsAttention devices that are not ready (paper out, reader unplugged)
 */
public record TerminalRow(String id, String name, String township, String group, boolean enrolled, boolean revoked,
                          Instant lastSeen, boolean online, String appVersion, Long contentVersion,
                          List<DeviceReport> needsAttention, int helpPresses, Instant lastHelpAt, int syncBacklog,
                          Long diskFreeBytes) {

    /** 在线 / 离线 / 未注册 / 已停用, for the status column. */
    public String statusKey() {
        if (revoked) {
            return "revoked";
        }
        if (!enrolled) {
            return "not-enrolled";
        }
        return online ? "online" : "offline";
    }
}
