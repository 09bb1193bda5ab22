package org.legalkiosk.kiosk.service.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handwriting model is read once, when a pad first needs it, and never at start. */
class LazyHandwritingTest {

    private final AtomicInteger opened = new AtomicInteger();

    private Optional<HandwritingRecognizer> countingOpener(Path model) {
        opened.incrementAndGet();
        return Optional.of(new HandwritingRecognizer() {
            @Override
            public List<String> candidates(Ink ink, int max) {
                return List.of("十");
            }

            @Override
            public boolean available() {
                return true;
            }
        });
    }

    private static Path model(Path dir) throws IOException {
        return Files.writeString(dir.resolve("handwriting.model"), "model");
    }

    @Test
    void saysItIsAvailableWithoutReadingTheModelAndReadsItOnceOnFirstUse(@TempDir Path dir) throws IOException {
        LazyHandwriting lazy = new LazyHandwriting(model(dir), this::countingOpener);

        assertTrue(lazy.available());
        assertEquals(0, opened.get(), "asking whether handwriting exists reads no model");

        assertEquals(List.of("十"), lazy.candidates(Strokes.ink(Strokes.SHI), 5));
        lazy.prepare();
        lazy.candidates(Strokes.ink(Strokes.SHI), 5);
        assertEquals(1, opened.get());
        assertTrue(lazy.loaded());
    }

    @Test
    void aPadOpeningStartsReadingTheModel(@TempDir Path dir) throws IOException {
        LazyHandwriting lazy = new LazyHandwriting(model(dir), this::countingOpener);
        lazy.prepare();
        assertTrue(lazy.available());
        lazy.candidates(Strokes.ink(Strokes.SHI), 5);
        assertEquals(1, opened.get());
    }

    @Test
    void aMissingModelIsNeverOpenedAndOffersNothing(@TempDir Path dir) {
        LazyHandwriting lazy = new LazyHandwriting(dir.resolve("none.model"), this::countingOpener);
        lazy.prepare();
        assertFalse(lazy.available());
        assertTrue(lazy.candidates(Strokes.ink(Strokes.SHI), 5).isEmpty());
        assertEquals(0, opened.get());
    }

    @Test
    void aModelThatCannotBeOpenedTurnsHandwritingOff(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.model"), "not a model");
        LazyHandwriting lazy = new LazyHandwriting(broken, ZinniaRecognizer::open);
        assertTrue(lazy.available(), "present, not yet read");
        assertTrue(lazy.candidates(Strokes.ink(Strokes.SHI), 5).isEmpty());
        assertFalse(lazy.available(), "read and refused");
    }

    @Test
    void theInstalledModelRecognisesOnFirstUse() {
        LazyHandwriting lazy = LazyHandwriting.installed();
        assertFalse(lazy.loaded());
        assertEquals("十", lazy.candidates(Strokes.ink(Strokes.SHI), 5).get(0));
    }
}
