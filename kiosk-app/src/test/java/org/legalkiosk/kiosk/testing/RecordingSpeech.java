package org.legalkiosk.kiosk.testing;

import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.SpeechService;

import java.util.ArrayList;
import java.util.List;

/** A speech engine that remembers what it was asked to say. */
public final class RecordingSpeech implements SpeechService {

    public record Utterance(String text, Language language) {
    }

    public final List<Utterance> spoken = new ArrayList<>();
    public int stops;

    @Override
    public void speak(String text, Language language) {
        spoken.add(new Utterance(text, language));
    }

    @Override
    public void stop() {
        stops++;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }
}
