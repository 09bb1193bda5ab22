package org.legalkiosk.kiosk.testing;

import java.util.ArrayList;
import java.util.List;

import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.SpeechService;
import org.legalkiosk.kiosk.service.SpeechVolume;

/**
 * A speech engine that remembers what it was asked to say, and keeps "speaking" until the test says it finished
 * ({@link #finish()}) or something stops it, as the real engine would.
 */
public final class RecordingSpeech implements SpeechService {

    public record Utterance(String text, Language language, String recording) {}

    public final List<Utterance> spoken = new ArrayList<>();
    public int stops;
    private boolean speaking;
    private boolean paused;
    private SpeechVolume volume = SpeechVolume.NORMAL;

    @Override
    public void speak(String text, Language language, String recording) {
        spoken.add(new Utterance(text, language, recording));
        speaking = true;
        paused = false;
    }

    /** The reading came to its end. */
    public void finish() {
        speaking = false;
        paused = false;
    }

    @Override
    public void stop() {
        stops++;
        speaking = false;
        paused = false;
    }

    @Override
    public void pause() {
        if (speaking) {
            speaking = false;
            paused = true;
        }
    }

    @Override
    public void resume() {
        if (paused) {
            paused = false;
            speaking = true;
        }
    }

    @Override
    public boolean isSpeaking() {
        return speaking;
    }

    @Override
    public boolean isPaused() {
        return paused;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public SpeechVolume volume() {
        return volume;
    }

    @Override
    public void setVolume(SpeechVolume volume) {
        this.volume = volume;
    }

    public String lastText() {
        return spoken.isEmpty() ? null : spoken.get(spoken.size() - 1).text();
    }
}
