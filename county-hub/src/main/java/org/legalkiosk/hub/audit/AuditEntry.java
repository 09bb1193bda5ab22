package org.legalkiosk.hub.audit;

import java.time.Instant;

/** One recorded change. {@code actor} is a user name, {@code terminal:<id>} or {@code cli}. */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String detail) {}
