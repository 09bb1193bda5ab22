package org.legalkiosk.kiosk.service.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real recogniser: Debian's libzinnia with the Tomoe model, called through JNA, on characters drawn from
 * stroke data. CI installs the packages (.ci/run); without them this test fails rather than pretending.
 */
class HandwritingTest {

    private static ZinniaRecognizer zinnia;

    @BeforeAll
    static void open() {
        zinnia = ZinniaRecognizer.openInstalled()
                .orElseThrow(() -> new AssertionError(
                        "libzinnia0 and tegaki-zinnia-simplified-chinese must be installed (see .ci/run)"));
    }

    @AfterAll
    static void close() {
        zinnia.close();
    }

    @Test
    void recognisesDrawnCharactersAsTheirFirstCandidate() {
        assertEquals("十", zinnia.candidates(Strokes.ink(Strokes.SHI), 5).get(0));
        assertEquals("王", zinnia.candidates(Strokes.ink(Strokes.WANG), 5).get(0));
        assertEquals("大", zinnia.candidates(Strokes.ink(Strokes.DA), 5).get(0));
    }

    @Test
    void offersAsManyCandidatesAsAskedForEachOneCharacter() {
        List<String> row = zinnia.candidates(Strokes.ink(Strokes.WANG), 8);
        assertEquals(8, row.size(), row.toString());
        assertTrue(row.stream().allMatch(c -> c.codePointCount(0, c.length()) == 1), row.toString());
        assertEquals(row.size(), row.stream().distinct().count(), "no character twice");
    }

    @Test
    void anUnfinishedCharacterStillGivesCandidatesAndNothingDrawnGivesNone() {
        Ink firstStroke = Strokes.ink(new int[][] {Strokes.WANG[0]});
        assertFalse(zinnia.candidates(firstStroke, 5).isEmpty());
        assertTrue(zinnia.candidates(Ink.empty(300, 300), 5).isEmpty());
    }

    @Test
    void aMissingOrBrokenModelMeansNoRecogniserNotACrash(@TempDir Path dir) throws Exception {
        assertTrue(ZinniaRecognizer.open(dir.resolve("none.model")).isEmpty());
        Path broken = Files.writeString(dir.resolve("broken.model"), "not a model");
        assertTrue(ZinniaRecognizer.open(broken).isEmpty());
    }

    @Test
    void aClosedRecogniserAnswersNothing() {
        ZinniaRecognizer other = ZinniaRecognizer.openInstalled().orElseThrow();
        other.close();
        assertFalse(other.available());
        assertTrue(other.candidates(Strokes.ink(Strokes.SHI), 5).isEmpty());
    }
}
