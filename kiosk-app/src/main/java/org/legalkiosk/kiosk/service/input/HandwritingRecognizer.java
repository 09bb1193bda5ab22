package org.legalkiosk.kiosk.service.input;

import java.util.List;

/**
 * Turns a handwritten character into the characters it most likely is, best first. The screens see only this
 * interface; {@link ZinniaRecognizer} is the real one (native code, through JNA).
 */
public interface HandwritingRecognizer {

    /** A terminal without the recogniser or its model: no candidates, and the screens offer pinyin alone. */
    HandwritingRecognizer NONE = new HandwritingRecognizer() {
        @Override
        public List<String> candidates(Ink ink, int max) {
            return List.of();
        }

        @Override
        public boolean available() {
            return false;
        }
    };

    /** Up to {@code max} single characters, most likely first; none for an empty ink. */
    List<String> candidates(Ink ink, int max);

    boolean available();

    /**
     * A pad that may use this recogniser has opened: a recogniser that reads its model lazily starts now, off the
     * screen's thread. Nothing to do for one that is ready.
     */
    default void prepare() {}
}
