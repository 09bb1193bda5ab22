package org.legalkiosk.kiosk.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.statute.StatuteDirectory;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.service.LocalContentService;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.ui.common.ScreenContext;

/** Real services over the project's own sample content, for tests that drive screens and ViewModels. */
public final class TestKiosk {

    public static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    private TestKiosk() {}

    public static Path contentSource() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("content");
            if (Files.isRegularFile(candidate.resolve("categories.yaml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("content/ not found above the working directory");
    }

    /**
     * Content with the official statutes when they are at hand (../shared/data/laws). One instance for the whole
     * test run: the sample content is read-only and a content service never changes once opened, while loading and
     * checking it (and building its search index at the first search) took a second or more of every UI test.
     * A test that changes content opens its own from {@link #copyOfContent}.
     */
    public static synchronized ContentService content() {
        if (withStatutes == null) {
            withStatutes = content(StatuteDirectory.locate());
        }
        return withStatutes;
    }

    /** Content on a terminal that has no statute texts installed; shared as {@link #content()} is. */
    public static synchronized ContentService contentWithoutStatutes() {
        if (withoutStatutes == null) {
            withoutStatutes = content(Optional.empty());
        }
        return withoutStatutes;
    }

    private static ContentService withStatutes;
    private static ContentService withoutStatutes;

    private static ContentService content(Optional<Path> statutes) {
        try {
            return LocalContentService.open(contentSource(), statutes);
        } catch (Exception e) {
            throw new AssertionError("sample content does not load: " + e.getMessage(), e);
        }
    }

    /** A copy of the sample content's files (not its build files) in {@code target}, to modify in a test. */
    public static Path copyOfContent(Path target) throws java.io.IOException {
        Path source = contentSource();
        try (java.util.stream.Stream<Path> files = Files.walk(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path rel = source.relativize(f);
                String top = rel.getName(0).toString();
                if (top.equals("explainers") || top.equals("images") || top.endsWith(".yaml")) {
                    Path to = target.resolve(rel.toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    public static boolean statutesInstalled() {
        return StatuteDirectory.locate().isPresent();
    }

    public static ScreenContext context(ContentService content) {
        return new ScreenContext(content, new KioskSession(Language.ZH), CLOCK);
    }
}
