package org.legalkiosk.kiosk.service.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handwriting through Zinnia (Debian {@code libzinnia0}) with the Tomoe simplified-Chinese model (Debian
 * {@code tegaki-zinnia-simplified-chinese}, LGPL-2.1+; read from where the package installs it, not shipped in the
 * jar). Zinnia is a small C library with a plain C API, so it is called through JNA: no JNI code to build for each
 * architecture. One recogniser holds the 26 MB model in native memory; calls are serialised because Zinnia's
 * recogniser is not documented as thread-safe. Close it to free the model.
 */
public final class ZinniaRecognizer implements HandwritingRecognizer, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ZinniaRecognizer.class);
    /** Where Debian's tegaki-zinnia-simplified-chinese puts the model. */
    public static final Path DEBIAN_MODEL = Path.of("/usr/share/tegaki/models/zinnia/handwriting-zh_CN.model");

    /** The part of Zinnia's C API the kiosk uses ({@code zinnia.h}). */
    interface Zinnia extends Library {
        Pointer zinnia_recognizer_new();

        int zinnia_recognizer_open(Pointer recognizer, String model);

        String zinnia_recognizer_strerror(Pointer recognizer);

        void zinnia_recognizer_destroy(Pointer recognizer);

        Pointer zinnia_recognizer_classify(Pointer recognizer, Pointer character, long nbest);

        Pointer zinnia_character_new();

        void zinnia_character_set_width(Pointer character, long width);

        void zinnia_character_set_height(Pointer character, long height);

        int zinnia_character_add(Pointer character, long stroke, int x, int y);

        void zinnia_character_destroy(Pointer character);

        long zinnia_result_size(Pointer result);

        Pointer zinnia_result_value(Pointer result, long i);

        void zinnia_result_destroy(Pointer result);
    }

    private final Zinnia zinnia;
    private Pointer recognizer;

    private ZinniaRecognizer(Zinnia zinnia, Pointer recognizer) {
        this.zinnia = zinnia;
        this.recognizer = recognizer;
    }

    /** The recogniser over Debian's model, or empty (logged) when the library or the model is not installed. */
    public static Optional<ZinniaRecognizer> openInstalled() {
        return open(DEBIAN_MODEL);
    }

    /** The recogniser over {@code model}, or empty (logged once, with the reason) when it cannot be had. */
    public static Optional<ZinniaRecognizer> open(Path model) {
        if (!Files.isReadable(model)) {
            LOG.warn("Handwriting off: no Zinnia model at {} (install tegaki-zinnia-simplified-chinese)", model);
            return Optional.empty();
        }
        Zinnia lib;
        try {
            lib = load();
        } catch (UnsatisfiedLinkError e) {
            LOG.warn("Handwriting off: libzinnia not found (install libzinnia0): {}", e.getMessage());
            return Optional.empty();
        }
        Pointer r = lib.zinnia_recognizer_new();
        if (lib.zinnia_recognizer_open(r, model.toString()) == 0) {
            LOG.warn("Handwriting off: Zinnia cannot open {}: {}", model, lib.zinnia_recognizer_strerror(r));
            lib.zinnia_recognizer_destroy(r);
            return Optional.empty();
        }
        LOG.info("Handwriting on: Zinnia with {}", model);
        return Optional.of(new ZinniaRecognizer(lib, r));
    }

    private static Zinnia load() {
        try {
            return Native.load("zinnia", Zinnia.class);
        } catch (UnsatisfiedLinkError noDevLink) {
            // Debian's runtime package ships only the versioned name (libzinnia.so.0); the unversioned link
            // comes with -dev, which a terminal does not need.
            return Native.load("libzinnia.so.0", Zinnia.class);
        }
    }

    @Override
    public synchronized List<String> candidates(Ink ink, int max) {
        if (recognizer == null || ink.isEmpty() || max <= 0) {
            return List.of();
        }
        Pointer character = zinnia.zinnia_character_new();
        try {
            zinnia.zinnia_character_set_width(character, ink.width());
            zinnia.zinnia_character_set_height(character, ink.height());
            for (int s = 0; s < ink.strokes().size(); s++) {
                for (Ink.Point p : ink.strokes().get(s)) {
                    zinnia.zinnia_character_add(character, s, p.x(), p.y());
                }
            }
            Pointer result = zinnia.zinnia_recognizer_classify(recognizer, character, max);
            if (result == null) {
                return List.of();
            }
            try {
                List<String> out = new ArrayList<>();
                long n = zinnia.zinnia_result_size(result);
                for (long i = 0; i < n; i++) {
                    out.add(zinnia.zinnia_result_value(result, i).getString(0, "UTF-8"));
                }
                return List.copyOf(out);
            } finally {
                zinnia.zinnia_result_destroy(result);
            }
        } finally {
            zinnia.zinnia_character_destroy(character);
        }
    }

    @Override
    public boolean available() {
        return recognizer != null;
    }

    @Override
    public synchronized void close() {
        if (recognizer != null) {
            zinnia.zinnia_recognizer_destroy(recognizer);
            recognizer = null;
        }
    }
}
