package org.legalkiosk.hub.terminals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.db.Transactions;
import org.legalkiosk.hub.protocol.AuditAnchor;
import org.legalkiosk.hub.protocol.AuditHead;
import org.legalkiosk.hub.terminals.AuditChainState.Verdict;

/**
 * Keeps, per terminal, an anchor in its hash-chained audit log and tells from each heartbeat's {@link AuditHead}
 * whether the log only grew (docs/decisions/0050-audit-head-anchored-on-the-hub.md). The terminal's own check cannot
 * see a log rewritten with every later link recomputed, or an older copy put back; the hub can, because it remembers
 * what the head was:
 * <ul>
 *     <li>fewer lines than the anchor: BACKWARDS;</li>
 *     <li>as many lines but another head: FORKED;</li>
 *     <li>more lines: the terminal says what its line {@code anchor.lines} hashes to now; equal to the anchor's head,
 *     the anchor moves to the new head; different, FORKED. A heartbeat that proves against an older anchor (a lost
 *     reply, a restart) is neither: the anchor stays and is sent again.</li>
 * </ul>
 * A flag sticks (the anchor no longer moves) until an admin accepts the terminal's current head, with who and why
 * in the audit log, so a tampered log cannot be hidden by the heartbeats after it.
 */
public final class AuditChainCheck {

    private final DataSource db;

    public AuditChainCheck(DataSource db) {
        this.db = db;
    }

    /**
     * Checks {@code head} against the anchor, on the heartbeat's own connection and transaction.
     *
     * @return the anchor to send back
     */
    public AuditAnchor check(Connection c, String terminalId, AuditHead head, Instant now) throws SQLException {
        Stored stored = read(c, terminalId, true).orElse(null);
        if (stored == null) {
            Verdict verdict = head.brokenAtLine() > 0 ? Verdict.BROKEN : Verdict.OK;
            String problem = verdict == Verdict.OK ? null : brokenProblem(head);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO terminal_audit_heads (terminal_id, anchor_lines, anchor_head, reported_lines,
                        reported_head, reported_at, state, problem, flagged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (terminal_id) DO NOTHING""")) {
                insert.setString(1, terminalId);
                insert.setLong(2, head.lines());
                insert.setString(3, head.head());
                insert.setLong(4, head.lines());
                insert.setString(5, head.head());
                insert.setTimestamp(6, Timestamp.from(now));
                insert.setString(7, verdict.name());
                insert.setString(8, problem);
                insert.setTimestamp(9, problem == null ? null : Timestamp.from(now));
                insert.executeUpdate();
            }
            if (problem != null) {
                AuditLog.record(
                        c,
                        "terminal:" + terminalId,
                        "terminal.audit-chain." + verdict.name().toLowerCase(java.util.Locale.ROOT),
                        terminalId,
                        problem);
            }
            return new AuditAnchor(head.lines(), head.head());
        }
        Finding finding = judge(stored, head);
        long anchorLines = stored.anchorLines;
        String anchorHead = stored.anchorHead;
        Verdict verdict = stored.verdict;
        String problem = stored.problem;
        Timestamp flaggedAt = stored.flaggedAt;
        if (stored.verdict == Verdict.OK) {
            if (finding.verdict != Verdict.OK) {
                verdict = finding.verdict;
                problem = finding.problem;
                flaggedAt = Timestamp.from(now);
                AuditLog.record(
                        c,
                        "terminal:" + terminalId,
                        "terminal.audit-chain." + verdict.name().toLowerCase(java.util.Locale.ROOT),
                        terminalId,
                        problem);
            } else if (finding.advance) {
                anchorLines = head.lines();
                anchorHead = head.head();
            }
        }
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE terminal_audit_heads SET anchor_lines = ?, anchor_head = ?, reported_lines = ?,
                    reported_head = ?, reported_at = ?, state = ?, problem = ?, flagged_at = ?
                WHERE terminal_id = ?""")) {
            update.setLong(1, anchorLines);
            update.setString(2, anchorHead);
            update.setLong(3, head.lines());
            update.setString(4, head.head());
            update.setTimestamp(5, Timestamp.from(now));
            update.setString(6, verdict.name());
            update.setString(7, problem);
            update.setTimestamp(8, flaggedAt);
            update.setString(9, terminalId);
            update.executeUpdate();
        }
        return new AuditAnchor(anchorLines, anchorHead);
    }

    /** The state for the console, empty when the terminal never reported an audit head. */
    public Optional<AuditChainState> state(String terminalId) {
        try (Connection c = db.getConnection()) {
            return read(c, terminalId, false).map(Stored::state);
        } catch (SQLException e) {
            throw new DataAccessException("cannot read a terminal's audit head", e);
        }
    }

    /**
     * Takes the terminal's last reported head as the new anchor and clears the flag: an admin checked the terminal
     * (a known restore from backup, a replaced disk) and says so; the reason goes into the audit log.
     */
    public void accept(String actor, String terminalId, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
            throw new IllegalArgumentException("请写明原因（最多 200 字）/ give a reason, at most 200 characters");
        }
        Transactions.inTransaction(db, "accept an audit head", c -> {
            Stored stored = read(c, terminalId, true)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "此终端未报告审计日志 / the terminal never " + "reported its audit log"));
            try (PreparedStatement update = c.prepareStatement("""
                    UPDATE terminal_audit_heads SET anchor_lines = reported_lines, anchor_head = reported_head,
                        state = 'OK', problem = NULL, flagged_at = NULL WHERE terminal_id = ?""")) {
                update.setString(1, terminalId);
                update.executeUpdate();
            }
            AuditLog.record(
                    c,
                    actor,
                    "terminal.audit-chain.accept",
                    terminalId,
                    "was " + stored.verdict
                            + (stored.problem == null ? "" : " (" + stored.problem + ")") + "; accepted head at line "
                            + stored.reportedLines + ": " + reason.strip());
            return null;
        });
    }

    private record Finding(Verdict verdict, String problem, boolean advance) {}

    static Finding judge(Stored stored, AuditHead head) {
        if (head.brokenAtLine() > 0) {
            return new Finding(Verdict.BROKEN, brokenProblem(head), false);
        }
        if (head.lines() < stored.anchorLines) {
            return new Finding(
                    Verdict.BACKWARDS,
                    "审计日志变短：现在 " + head.lines() + " 行，曾有 " + stored.anchorLines
                            + " 行（恢复了旧副本或被截断）/ the audit log went back from " + stored.anchorLines + " to "
                            + head.lines() + " lines (an older copy restored, or lines cut off)",
                    false);
        }
        if (head.lines() == stored.anchorLines) {
            return head.head().equals(stored.anchorHead)
                    ? new Finding(Verdict.OK, null, false)
                    : new Finding(Verdict.FORKED, forked(stored.anchorLines), false);
        }
        if (head.anchorLines() == null || head.anchorLines() != stored.anchorLines) {
            return new Finding(Verdict.OK, null, false); // not proven against this anchor yet: it is sent again
        }
        return stored.anchorHead.equals(head.anchorHash())
                ? new Finding(Verdict.OK, null, true)
                : new Finding(Verdict.FORKED, forked(stored.anchorLines), false);
    }

    private static String forked(long line) {
        return "审计日志第 " + line + " 行已不是中心记录的那一行（日志被改写）/ line " + line
                + " of the audit log is not the one the hub anchored: the log was rewritten";
    }

    private static String brokenProblem(AuditHead head) {
        return "终端自检：审计日志第 " + head.brokenAtLine() + " 行链接断开 / the terminal's own check finds the audit"
                + " chain broken at line " + head.brokenAtLine();
    }

    record Stored(
            long anchorLines,
            String anchorHead,
            long reportedLines,
            Verdict verdict,
            String problem,
            Timestamp flaggedAt) {
        AuditChainState state() {
            return new AuditChainState(
                    verdict, problem, flaggedAt == null ? null : flaggedAt.toInstant(), reportedLines, anchorLines);
        }
    }

    private static final String READ_HEAD = """
            SELECT anchor_lines, anchor_head, reported_lines, state, problem, flagged_at
            FROM terminal_audit_heads WHERE terminal_id = ?""";

    private static Optional<Stored> read(Connection c, String terminalId, boolean forUpdate) throws SQLException {
        return read(c, forUpdate ? READ_HEAD + " FOR UPDATE" : READ_HEAD, terminalId);
    }

    private static Optional<Stored> read(Connection c, String sql, String terminalId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, terminalId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        Verdict.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getTimestamp(6)));
            }
        }
    }
}
