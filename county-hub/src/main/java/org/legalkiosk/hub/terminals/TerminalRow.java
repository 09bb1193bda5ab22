package org.legalkiosk.hub.terminals;

import java.time.Instant;
import java.util.List;

import org.legalkiosk.hub.protocol.ContentPin;
import org.legalkiosk.hub.protocol.DeviceReport;

/**
 * One terminal as the console lists it.
 *
 * @param lastSeen       the last heartbeat, or null if it never sent one
 * @param online         a heartbeat arrived within its group's offline timeout
 * @param needsAttention devices that are not ready (paper out, reader unplugged)
 * @param pin            the content pin an explicit rollback set on the terminal, or null
 * @param audit          what the hub knows of the terminal's audit log, or null when it never reported one
 */
public record TerminalRow(
        String id,
        String name,
        String township,
        String group,
        boolean enrolled,
        boolean revoked,
        Instant lastSeen,
        boolean online,
        String appVersion,
        Long contentVersion,
        List<DeviceReport> needsAttention,
        int helpPresses,
        Instant lastHelpAt,
        int syncBacklog,
        Long diskFreeBytes,
        ContentPin pin,
        AuditChainState audit) {

    /** A row without pin and audit state. */
    public TerminalRow(
            String id,
            String name,
            String township,
            String group,
            boolean enrolled,
            boolean revoked,
            Instant lastSeen,
            boolean online,
            String appVersion,
            Long contentVersion,
            List<DeviceReport> needsAttention,
            int helpPresses,
            Instant lastHelpAt,
            int syncBacklog,
            Long diskFreeBytes) {
        this(
                id,
                name,
                township,
                group,
                enrolled,
                revoked,
                lastSeen,
                online,
                appVersion,
                contentVersion,
                needsAttention,
                helpPresses,
                lastHelpAt,
                syncBacklog,
                diskFreeBytes,
                null,
                null);
    }

    /** The audit log was found restored, rewritten or broken. */
    public boolean auditFlagged() {
        return audit != null && audit.flagged();
    }

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
