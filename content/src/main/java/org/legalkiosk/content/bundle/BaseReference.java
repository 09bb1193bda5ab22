package org.legalkiosk.content.bundle;

/** The version a delta bundle was built against, and the SHA-256 of that version's exact manifest bytes. */
public record BaseReference(long version, String manifestSha256) {}
