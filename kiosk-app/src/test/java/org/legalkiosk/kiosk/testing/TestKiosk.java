package org.legalkiosk.kiosk.testing;

import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.statute.StatuteDirectory;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.service.LocalContentService;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.ui.common.ScreenContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Real services over the project's own sample content, for tests that drive screens and ViewModels. */
public final class TestKiosk {

    public static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    private TestKiosk() {
    }

    public static Path contentSource() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("content");
            if (Files.isRegularFile(candidate.resolve("categories.yaml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("content/ not found above the working directory");
    }

    /** Content with the official statutes when they are at hand (../shared/data/laws). */
    public static ContentService content() {
        return content(StatuteDirectory.locate());
    }

    /** Content on a terminal that has no statute texts installed. */
    public static ContentService contentWithoutStatutes() {
        return content(Optional.empty());
    }

    private static ContentService content(Optional<Path> statutes) {
        try {
            return LocalContentService.open(contentSource(), statutes);
        } catch (Exception e) {
            throw new AssertionError("sample content does not load: " + e.getMessage(), e);
        }
    }

    public static boolean statutesInstalled() {
        return StatuteDirectory.locate().isPresent();
    }

    public static ScreenContext context(ContentService content) {
        return new ScreenContext(content, new KioskSession(Language.ZH), CLOCK);
    }
}
