package org.legalkiosk.kiosk.service.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pinyin dictionary is read once, when a pad first needs it, and never at start. */
class LazyPinyinTest {

    private final AtomicInteger opened = new AtomicInteger();

    private Optional<PinyinDictionary> countingOpener(Path file) {
        opened.incrementAndGet();
        return PinyinDictionary.load(file);
    }

    /** Two words in Rime's format, as Debian's file has them after its header. */
    private static Path dictionary(Path dir) throws IOException {
        return Files.writeString(
                dir.resolve("pinyin_simp.dict.yaml"),
                "---\nname: pinyin_simp\nversion: \"1\"\n...\n法律\tfa lv\t900\n发\tfa\t800\n律\tlv\t700\n");
    }

    @Test
    void saysItIsAvailableWithoutReadingAndReadsOnceOnFirstUse(@TempDir Path dir) throws IOException {
        LazyPinyin lazy = new LazyPinyin(dictionary(dir), this::countingOpener);

        assertTrue(lazy.available());
        assertEquals(0, opened.get(), "asking whether candidates exist reads no dictionary");
        assertFalse(lazy.loaded());

        assertEquals("法律", lazy.candidates("falv", 5).get(0).text());
        lazy.prepare();
        lazy.candidates("fa", 5);
        assertEquals(1, opened.get());
        assertTrue(lazy.loaded());
    }

    @Test
    void aPadOpeningStartsReadingTheDictionary(@TempDir Path dir) throws IOException {
        LazyPinyin lazy = new LazyPinyin(dictionary(dir), this::countingOpener);
        new SurnamesFirst(lazy, () -> false).prepare();
        assertEquals("法律", lazy.candidates("falv", 5).get(0).text());
        assertEquals(1, opened.get());
    }

    @Test
    void aMissingDictionaryIsNeverReadAndOffersNothing(@TempDir Path dir) {
        LazyPinyin lazy = new LazyPinyin(dir.resolve("none.dict.yaml"), this::countingOpener);
        lazy.prepare();
        assertFalse(lazy.available());
        assertEquals(List.of(), lazy.candidates("falv", 5));
        assertEquals(0, opened.get());
    }

    @Test
    void aDictionaryThatCannotBeReadTurnsCandidatesOff(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("pinyin_simp.dict.yaml"));
        LazyPinyin lazy = new LazyPinyin(folder, p -> Optional.empty());
        assertTrue(lazy.available(), "present, not yet read");
        assertEquals(List.of(), lazy.candidates("falv", 5));
        assertFalse(lazy.available(), "read and refused");
    }

    @Test
    void theInstalledDictionaryIsReadOnFirstUse() {
        assumeTrue(
                Files.isReadable(PinyinDictionary.DEBIAN_DICTIONARY),
                "rime-data-pinyin-simp not installed (apt-get install rime-data-pinyin-simp)");
        LazyPinyin lazy = LazyPinyin.installed();
        assertFalse(lazy.loaded());
        assertEquals("法律", lazy.candidates("falv", 5).get(0).text());
    }
}
