package org.legalkiosk.kiosk.hub;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.legalkiosk.hub.protocol.AuditAnchor;
import org.legalkiosk.hub.protocol.AuditHead;
import org.legalkiosk.kiosk.store.AuditChain;

/**
 * The head of this terminal's audit log for the heartbeat: the chain's own check ({@link AuditChain#verify}) and,
 * when the hub sent an anchor, the hash of the log's line at the anchor's line count as the file is now, so the hub
 * can tell a log that grew from one rewritten or put back (docs/decisions/0050-audit-head-anchored-on-the-hub.md).
 * The log of a kiosk is small (a line per change), so reading it each heartbeat costs little.
 */
public final class AuditHeadReader {

    private final Path auditLog;

    public AuditHeadReader(Path auditLog) {
        this.auditLog = auditLog;
    }

    /** The head, proven against {@code anchor} when one is given. */
    public AuditHead read(AuditAnchor anchor) throws IOException {
        AuditChain.Report report = AuditChain.verify(auditLog);
        String head = report.head() != null ? report.head() : headOf(auditLog);
        Long anchorLines = anchor == null ? null : anchor.lines();
        String anchorHash = anchor == null ? null : hashOfLine(auditLog, anchor.lines());
        return new AuditHead(report.lines(), head, report.brokenAtLine(), anchorLines, anchorHash);
    }

    /** SHA-256 of line {@code number} (1-based) as stored, the genesis value for line 0, null past the end. */
    static String hashOfLine(Path file, long number) throws IOException {
        if (number == 0) {
            return AuditChain.GENESIS;
        }
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long at = 0;
            while ((line = in.readLine()) != null) {
                if (++at == number) {
                    return sha256(line);
                }
            }
        }
        return null;
    }

    /** A broken chain's report carries no head; the hub still needs one to compare. */
    private static String headOf(Path file) throws IOException {
        String last = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                last = line;
            }
        }
        return last == null ? AuditChain.GENESIS : sha256(last);
    }

    private static String sha256(String line) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
