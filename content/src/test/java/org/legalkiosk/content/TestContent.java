package org.legalkiosk.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.legalkiosk.content.statute.StatuteDirectory;

/** Where tests find the bundled sample content and, when present, the official statute texts. */
public final class TestContent {

    private TestContent() {}

    /** The content source folder of this module ({@code content/}), independent of the working directory. */
    public static Path bundledRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("categories.yaml")) && Files.isDirectory(p.resolve("explainers"))) {
                return p;
            }
            Path child = p.resolve("content");
            if (Files.isRegularFile(child.resolve("categories.yaml"))) {
                return child;
            }
        }
        throw new IllegalStateException("content/ folder not found above " + here);
    }

    public static Optional<Path> statutes() {
        return StatuteDirectory.locate();
    }

    public static final String NO_STATUTES =
            "Official statute texts not found (looked for ../shared/data/laws and the legalkiosk.statutes property / "
                    + "LEGALKIOSK_STATUTES variable): citation accuracy is not checked in this run.";
}
