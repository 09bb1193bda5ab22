package org.legalkiosk.kiosk.service;

import org.legalkiosk.content.model.Language;

/**
 * Reads text aloud for villagers who cannot read well. Speaking never blocks the caller; a new request
 * interrupts the one before, and {@link #stop()} silences it (every navigation, the idle reset and the quick exit
 * call it). The engine behind it can be replaced by a better offline voice without the screens noticing.
 */
public interface SpeechService extends AutoCloseable {

    /**
     * Reads {@code text} in {@code language}. Where the content holds a recording for {@code recording} (a key
     * such as {@code explainer/inheritance-order}), that recording is played instead: a human voice beats any
     * synthesiser.
     */
    void speak(String text, Language language, String recording);

    default void speak(String text, Language language) {
        speak(text, language, null);
    }

    void stop();

    /** Holds the reading at the start of the sentence it is in; {@link #resume()} carries on from there. */
    void pause();

    void resume();

    /** Whether it is speaking right now: a visitor listening is not idle, and the screen offers Stop meanwhile. */
    boolean isSpeaking();

    /** Whether a reading is paused (and not stopped): the screen offers Continue. */
    boolean isPaused();

    /** Whether this terminal can speak at all; the read-aloud button is hidden when it cannot. */
    boolean isAvailable();

    SpeechVolume volume();

    /** The loudness of what is said from now on, beginning with the next sentence of a reading in progress. */
    void setVolume(SpeechVolume volume);

    @Override
    default void close() {
        stop();
    }
}
