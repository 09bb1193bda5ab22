package org.legalkiosk.kiosk.ui.speech;

import org.legalkiosk.kiosk.service.SpeechService;
import org.legalkiosk.kiosk.service.SpeechVolume;

/**
 * The controls a listener needs while the kiosk reads aloud: pause and carry on, stop, quieter and louder. They
 * are there only while something is being read or is paused, so the bar never offers a control that does nothing.
 */
public final class SpeechBarViewModel {

    /** What the bar shows. */
    public enum State {
        HIDDEN,
        SPEAKING,
        PAUSED
    }

    private final SpeechService speech;

    public SpeechBarViewModel(SpeechService speech) {
        this.speech = speech;
    }

    public State state() {
        if (speech.isPaused()) {
            return State.PAUSED;
        }
        return speech.isSpeaking() ? State.SPEAKING : State.HIDDEN;
    }

    public void pauseOrResume() {
        if (speech.isPaused()) {
            speech.resume();
        } else {
            speech.pause();
        }
    }

    public void stop() {
        speech.stop();
    }

    public void louder() {
        speech.setVolume(speech.volume().louder());
    }

    public void quieter() {
        speech.setVolume(speech.volume().quieter());
    }

    public boolean canGoLouder() {
        return speech.volume() != SpeechVolume.LOUD;
    }

    public boolean canGoQuieter() {
        return speech.volume() != SpeechVolume.QUIET;
    }
}
