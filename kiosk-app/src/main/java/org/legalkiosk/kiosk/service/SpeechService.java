package org.legalkiosk.kiosk.service;

import org.legalkiosk.content.model.Language;

/**
 * Reads text aloud for villagers who cannot read well. Speaking never blocks the caller; a new request
 * interrupts the one before, and {@link #stop()} silences it (the idle reset calls it).
 */
public interface SpeechService extends AutoCloseable {

    void speak(String text, Language language);

    void stop();

    /** Whether this terminal can speak at all; the read-aloud button is hidden when it cannot. */
    boolean isAvailable();

    @Override
    default void close() {
        stop();
    }
}
