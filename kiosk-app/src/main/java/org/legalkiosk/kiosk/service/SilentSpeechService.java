package org.legalkiosk.kiosk.service;

import org.legalkiosk.content.model.Language;

/** For terminals without a speech engine: says nothing and tells the UI so. */
public final class SilentSpeechService implements SpeechService {

    @Override
    public void speak(String text, Language language) {
    }

    @Override
    public void stop() {
    }

    @Override
    public boolean isAvailable() {
        return false;
    }
}
