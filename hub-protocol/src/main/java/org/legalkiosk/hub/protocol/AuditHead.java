package org.legalkiosk.hub.protocol;

/**
 * The head of the terminal's hash-chained audit log ({@code legalkiosk audit verify}), so the hub can tell a log that
 * was restored from a copy (it went backwards) or rewritten from some line on (it forked) from one that only grew.
 * The terminal cannot prove that by itself: whoever rewrites the file can recompute every link after the change.
 *
 * @param lines        lines in the log
 * @param head         SHA-256 (hex) of the last line; 64 zeros for an empty log
 * @param brokenAtLine the first line whose link does not hold when the terminal checked its own log; 0 when intact
 * @param anchorLines  the line count of the anchor the hub last sent ({@link AuditAnchor}), or null when it sent none
 * @param anchorHash   SHA-256 of line {@code anchorLines} of the log as it is now, or null when the log is shorter: if
 *                     it differs from the anchor's head, the log was changed at or before that line
 */
public record AuditHead(long lines, String head, long brokenAtLine, Long anchorLines, String anchorHash) {

    public AuditHead {
        Limits.nonNegative("audit.lines", lines);
        head = hash("audit.head", head, true);
        Limits.nonNegative("audit.brokenAtLine", brokenAtLine);
        if (anchorLines != null) {
            Limits.nonNegative("audit.anchorLines", anchorLines);
        }
        anchorHash = hash("audit.anchorHash", anchorHash, false);
        if (anchorHash != null && anchorLines == null) {
            throw new IllegalArgumentException("audit.anchorHash needs audit.anchorLines");
        }
    }

    static String hash(String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException(field + " is required");
            }
            return null;
        }
        if (!value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(field + " must be 64 lower-case hex digits (SHA-256)");
        }
        return value;
    }
}
