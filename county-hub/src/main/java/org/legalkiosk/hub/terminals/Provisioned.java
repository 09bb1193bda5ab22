package org.legalkiosk.hub.terminals;

import java.time.Instant;

/** A terminal just created or re-provisioned, with the one-time code to type in at the terminal (shown once). */
public record Provisioned(String terminalId, String enrolCode, Instant expiresAt) {}
