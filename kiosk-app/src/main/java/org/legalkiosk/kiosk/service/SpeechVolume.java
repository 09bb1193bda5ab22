package org.legalkiosk.kiosk.service;

/**
 * How loud the read-aloud is. A visitor who hears badly turns it up; the next visitor starts at {@link #NORMAL}
 * again, so a quiet hall is not startled by the last one's choice.
 *
 * @param amplitude espeak-ng's {@code -a} value (0–200, 100 is its default)
 */
public enum SpeechVolume {
    QUIET(60),
    NORMAL(110),
    LOUD(180);

    private final int amplitude;

    SpeechVolume(int amplitude) {
        this.amplitude = amplitude;
    }

    public int amplitude() {
        return amplitude;
    }

    public SpeechVolume louder() {
        return this == QUIET ? NORMAL : LOUD;
    }

    public SpeechVolume quieter() {
        return this == LOUD ? NORMAL : QUIET;
    }
}
