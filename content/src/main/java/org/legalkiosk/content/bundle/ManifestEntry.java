package org.legalkiosk.content.bundle;

/** One file of a content version: where it goes, which object holds its bytes, how big it is, what it is. */
public record ManifestEntry(String path, String sha256, long size, String mediaType) {}
