package org.legalkiosk.kiosk.service.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pinyin candidates whose dictionary is read only when an input pad first opens, as {@link LazyHandwriting} does
 * for the handwriting model. Rime's dictionary is 65,000 words, about 10 MB of heap once read, and most visitors
 * browse without typing (issue 10: PSS under 200 MB). {@link #prepare()} reads it off the screen's thread as the
 * pad opens, so the first letter rarely waits; a dictionary that turns out unreadable turns candidates off.
 */
public final class LazyPinyin implements PinyinConverter {

    private static final Logger LOG = LoggerFactory.getLogger(LazyPinyin.class);

    private final Path dictionary;
    private final Function<Path, Optional<? extends PinyinConverter>> opener;
    private CompletableFuture<PinyinConverter> opening;

    /**
     * @param dictionary where the dictionary is expected; only its presence is checked until it is needed
     * @param opener     reads it, or empty when it cannot (it logs why)
     */
    public LazyPinyin(Path dictionary, Function<Path, Optional<? extends PinyinConverter>> opener) {
        this.dictionary = dictionary;
        this.opener = opener;
    }

    /** Rime's simplified-Chinese dictionary from Debian's package, read on first use. */
    public static LazyPinyin installed() {
        return new LazyPinyin(PinyinDictionary.DEBIAN_DICTIONARY, PinyinDictionary::load);
    }

    /** Starts reading the dictionary in the background, once; later calls do nothing. */
    @Override
    public synchronized void prepare() {
        if (opening == null && Files.isReadable(dictionary)) {
            opening = CompletableFuture.supplyAsync(this::open);
        }
    }

    private PinyinConverter open() {
        long started = System.nanoTime();
        PinyinConverter converter =
                opener.apply(dictionary).<PinyinConverter>map(c -> c).orElse(NONE);
        LOG.info("Pinyin dictionary read on first use in {} ms", (System.nanoTime() - started) / 1_000_000);
        return converter;
    }

    /** Whether the dictionary has been read (or proved unreadable). */
    public synchronized boolean loaded() {
        return opening != null && opening.isDone();
    }

    private PinyinConverter converter() {
        CompletableFuture<PinyinConverter> pending;
        synchronized (this) {
            prepare();
            pending = opening;
        }
        return pending == null ? NONE : pending.join();
    }

    @Override
    public List<Candidate> candidates(String letters, int max) {
        return converter().candidates(letters, max);
    }

    /** Before reading: whether the dictionary is installed (cheap). After: whether it could be read. */
    @Override
    public boolean available() {
        synchronized (this) {
            if (opening == null || !opening.isDone()) {
                return Files.isReadable(dictionary);
            }
        }
        return converter().available();
    }
}
