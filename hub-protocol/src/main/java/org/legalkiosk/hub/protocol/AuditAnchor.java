package org.legalkiosk.hub.protocol;

/**
 * The audit-log head the hub holds for a terminal, sent back in the heartbeat reply. The terminal answers, in its next
 * {@link AuditHead}, with the hash its log has now at line {@code lines}; the hub moves the anchor on only when that
 * hash equals {@code head}, i.e. when the log only grew since.
 *
 * @param lines the line count of the anchored head
 * @param head  SHA-256 (hex) of that line
 */
public record AuditAnchor(long lines, String head) {

    public AuditAnchor {
        Limits.nonNegative("auditAnchor.lines", lines);
        head = AuditHead.hash("auditAnchor.head", head, true);
    }
}
