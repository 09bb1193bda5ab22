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
 * A handwriting recogniser whose model is read only when a handwriting pad first opens. Zinnia's model is 26 MB
 * of native memory, about a tenth of the kiosk's whole footprint, and most visitors never draw a character
 * (issue 10: PSS under 200 MB). {@link #prepare()} starts reading it off the screen's thread as the pad opens, so
 * the first stroke rarely waits; a model that turns out unreadable turns the pad's handwriting off from then on.
 */
public final class LazyHandwriting implements HandwritingRecognizer {

    private static final Logger LOG = LoggerFactory.getLogger(LazyHandwriting.class);

    private final Path model;
    private final Function<Path, Optional<? extends HandwritingRecognizer>> opener;
    private CompletableFuture<HandwritingRecognizer> opening;

    /**
     * @param model where the model is expected; only its presence is checked until the model is needed
     * @param opener reads the model into a recogniser, or empty when it cannot (it logs why)
     */
    public LazyHandwriting(Path model, Function<Path, Optional<? extends HandwritingRecognizer>> opener) {
        this.model = model;
        this.opener = opener;
    }

    /** Zinnia over Debian's model, opened on first use. */
    public static LazyHandwriting installed() {
        return new LazyHandwriting(ZinniaRecognizer.DEBIAN_MODEL, ZinniaRecognizer::open);
    }

    /** Starts reading the model in the background, once; later calls do nothing. */
    @Override
    public synchronized void prepare() {
        if (opening == null && Files.isReadable(model)) {
            opening = CompletableFuture.supplyAsync(this::open);
        }
    }

    private HandwritingRecognizer open() {
        long started = System.nanoTime();
        HandwritingRecognizer recognizer =
                opener.apply(model).<HandwritingRecognizer>map(r -> r).orElse(HandwritingRecognizer.NONE);
        LOG.info("Handwriting model read on first use in {} ms", (System.nanoTime() - started) / 1_000_000);
        return recognizer;
    }

    /** Whether the model has been read: {@code true} once it has, {@code false} once it proved unreadable. */
    public synchronized boolean loaded() {
        return opening != null && opening.isDone();
    }

    private HandwritingRecognizer recognizer() {
        CompletableFuture<HandwritingRecognizer> pending;
        synchronized (this) {
            prepare();
            pending = opening;
        }
        return pending == null ? HandwritingRecognizer.NONE : pending.join();
    }

    @Override
    public List<String> candidates(Ink ink, int max) {
        return recognizer().candidates(ink, max);
    }

    /**
     * Before the model is read: whether it is installed (cheap, so the screens can decide what to offer without
     * reading it). After: whether it could be opened.
     */
    @Override
    public boolean available() {
        synchronized (this) {
            if (opening == null || !opening.isDone()) {
                return Files.isReadable(model);
            }
        }
        return recognizer().available();
    }
}
