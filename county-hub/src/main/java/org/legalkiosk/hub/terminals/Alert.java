package org.legalkiosk.hub.terminals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Something on a terminal that needs a person, as the console's alerts list shows it (the same conditions as the
 * Prometheus rules in deploy/prometheus, without their waiting periods: the list shows what is true now).
 *
 * @param kind OFFLINE, AUDIT (its audit log was found restored, rewritten or broken: {@link AuditChainCheck}),
 *             DEVICE, BACKLOG, PINNED (an explicit rollback holds it on a version, so it takes no new content) or
 *             CONTENT_STALE
 */
public record Alert(String kind, TerminalRow terminal, String detail) {

    /** A backlog above this many undelivered events is worth a look. */
    public static final int BACKLOG_LIMIT = 50;

    public String zh() {
        return switch (kind) {
            case "OFFLINE" -> "离线";
            case "DEVICE" -> "设备需处理";
            case "BACKLOG" -> "待同步记录多";
            case "AUDIT" -> "审计日志异常";
            case "PINNED" -> "内容已锁定在旧版本";
            default -> "内容未更新";
        };
    }

    public String en() {
        return switch (kind) {
            case "OFFLINE" -> "offline";
            case "DEVICE" -> "device needs attention";
            case "BACKLOG" -> "sync backlog";
            case "AUDIT" -> "audit log flagged";
            case "PINNED" -> "content pinned by a rollback";
            default -> "content behind target";
        };
    }

    /**
     * Every alert of the given terminals, offline first; {@code targets} maps a group to its target version. A flagged
     * audit log is the hub's own finding and stays until an admin accepts it, so it shows for an offline terminal
     * too; a pin is what the terminal last said, so, like its devices, only while it is online. A pinned terminal
     * is not also "content behind target": the pin is why, and unpinning is what to do.
     */
    public static List<Alert> of(List<TerminalRow> rows, Map<String, Long> targets, Instant now) {
        List<Alert> offline = new ArrayList<>();
        List<Alert> others = new ArrayList<>();
        for (TerminalRow r : rows) {
            if (!r.enrolled() || r.revoked()) {
                continue;
            }
            if (r.auditFlagged()) {
                others.add(new Alert("AUDIT", r, auditDetail(r.audit())));
            }
            if (!r.online()) {
                offline.add(new Alert(
                        "OFFLINE",
                        r,
                        r.lastSeen() == null
                                ? "从未上报 never reported"
                                : Duration.between(r.lastSeen(), now).toMinutes() + " 分钟无心跳 min without a heartbeat"));
                continue; // what an offline terminal last said about its devices is old news
            }
            r.needsAttention()
                    .forEach(d -> others.add(new Alert(
                            "DEVICE",
                            r,
                            d.id() + "：" + d.state() + (d.reason() == null ? "" : "（" + d.reason() + "）"))));
            if (r.syncBacklog() > BACKLOG_LIMIT) {
                others.add(new Alert("BACKLOG", r, r.syncBacklog() + " 条 events"));
            }
            if (r.pin() != null) {
                others.add(new Alert(
                        "PINNED",
                        r,
                        "v" + r.pin().version() + "（由 v" + r.pin().rolledBackFrom() + " 回退 rolled back from v"
                                + r.pin().rolledBackFrom() + "）"));
                continue;
            }
            Long target = targets.get(r.group());
            if (target != null && (r.contentVersion() == null || r.contentVersion() < target)) {
                others.add(new Alert(
                        "CONTENT_STALE",
                        r,
                        "v" + (r.contentVersion() == null ? "—" : r.contentVersion()) + " → v" + target));
            }
        }
        offline.addAll(others);
        return offline;
    }

    private static String auditDetail(AuditChainState audit) {
        return audit.problem() != null ? audit.problem() : audit.verdict().name();
    }
}
