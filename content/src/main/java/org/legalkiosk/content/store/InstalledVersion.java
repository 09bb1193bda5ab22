package org.legalkiosk.content.store;

import java.nio.file.Path;

/**
 * A complete content version on disk.
 *
 * @param dir the content folder ({@code categories.yaml}, {@code explainers/}, ...), ready for
 *            {@link org.legalkiosk.content.source.ContentLoader}
 */
public record InstalledVersion(long version, String label, String channel, String manifestSha256, Path dir) {}
