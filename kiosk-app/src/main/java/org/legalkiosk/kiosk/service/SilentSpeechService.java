package org.legalkiosk.kiosk.service;

import org.legalkiosk.content.model.Language;

/** For terminals without a speech engine: says nothing and tells the UI so. */
public final class SilentSpeechService implements SpeechService {

    @Override
    public void speak(String text, Language language, String recording) {}

    @Override
    public void stop() {}

    @Override
    public void pause() {}

    @Override
    public void resume() {}

    @Override
    public boolean isPaused() {
        return false;
    }

    @Override
    public boolean isSpeaking() {
        return false;
    }

    @Override
    public boolean isAvailable() {
        return false;
    }

    @Override
    public SpeechVolume volume() {
        return SpeechVolume.NORMAL;
    }

    @Override
    public void setVolume(SpeechVolume volume) {}
}
