package org.legalkiosk.content.statute;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the official statute texts. They are not part of this repository (they live in a shared data folder
 * beside it during development, and are installed separately on terminals), so every user must cope with
 * their absence.
 */
public final class StatuteDirectory {

    public static final String PROPERTY = "legalkiosk.statutes";
    public static final String ENVIRONMENT = "LEGALKIOSK_STATUTES";
    private static final Path SHARED = Path.of("shared", "data", "laws");

    private StatuteDirectory() {}

    /** The system property, then the environment variable, then {@code shared/data/laws} beside a parent of the working directory. */
    public static Optional<Path> locate() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling(SHARED.toString());
            if (dir.getParent() != null && Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            candidate = dir.resolve(SHARED);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
