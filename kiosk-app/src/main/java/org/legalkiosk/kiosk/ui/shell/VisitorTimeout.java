package org.legalkiosk.kiosk.ui.shell;

import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.SpeechService;
import org.legalkiosk.kiosk.session.IdleMonitor;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.idle.StillThereView;
import org.legalkiosk.kiosk.ui.idle.StillThereViewModel;

/**
 * When a visitor has walked away. After the idle timeout a visit that leaves nothing behind (Home, as a new visitor
 * finds it) is reset at once; otherwise the kiosk first asks "还需要更多时间吗？" and counts down, and only an
 * unanswered countdown wipes the visitor's work. Someone listening to a long explainer is not idle: the timeout
 * counts from the end of the reading.
 */
final class VisitorTimeout {

    /** What the timeout needs to know about, and do to, the visit on screen. */
    interface Visit {
        /** Anything a new visitor should not find: a screen other than Home, an overlay, another language or size. */
        boolean leavesSomethingBehind();

        void reset();

        Language language();

        /** Redraws what shows above the screen (the countdown, the speech controls). */
        void refreshOverlays();
    }

    private final IdleMonitor idle;
    private final StillThereViewModel stillThere;
    private final StillThereView stillThereView;
    private final SpeechService speech;
    private final Visit visit;
    private Timeline ticker;

    VisitorTimeout(java.time.Duration timeout, LongSupplier nanoClock, SpeechService speech, Visit visit) {
        this.speech = speech;
        this.visit = visit;
        this.idle = new IdleMonitor(timeout, nanoClock, this::timedOut);
        this.stillThere = new StillThereViewModel(StillThereViewModel.DEFAULT_WARNING, nanoClock);
        this.stillThereView = new StillThereView(stillThere, this::stillHere);
    }

    /** The "do you need more time?" question, laid over the whole screen while it shows. */
    Node view() {
        return stillThereView.root();
    }

    IdleMonitor monitor() {
        return idle;
    }

    /** A touch, tap, key or scroll anywhere: someone is still here. */
    void activity() {
        idle.activity();
        if (stillThere.isShowing()) {
            stillHere();
        }
    }

    /**
     * One beat of the idle clock. Returns false while the question shows (nothing else on the screen should move
     * then), true otherwise.
     */
    boolean tick() {
        if (stillThere.isShowing()) {
            if (stillThere.expired()) {
                visit.reset();
            }
            visit.refreshOverlays();
            return false;
        }
        if (speech.isSpeaking()) {
            idle.activity();
        }
        idle.check();
        return true;
    }

    /** The visitor has gone and the kiosk is free to change what it shows (new content, notices, the attract veil). */
    boolean isIdle() {
        return idle.isIdle() && !stillThere.isShowing();
    }

    boolean isAsking() {
        return stillThere.isShowing();
    }

    void dismiss() {
        stillThere.dismiss();
    }

    void refresh(Messages m) {
        stillThereView.refresh(m);
    }

    void setTimeout(java.time.Duration timeout) {
        idle.setTimeout(timeout);
    }

    void setWarning(java.time.Duration warning) {
        stillThere.setWarning(warning);
    }

    /** Checks once a second, on the JavaFX thread, by calling {@code beat} (which calls {@link #tick()}). */
    void start(Runnable beat) {
        stop();
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> beat.run()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    void stop() {
        if (ticker != null) {
            ticker.stop();
            ticker = null;
        }
    }

    private void timedOut() {
        if (!visit.leavesSomethingBehind()) {
            visit.reset();
            return;
        }
        Messages m = Messages.of(visit.language());
        stillThere.show();
        visit.refreshOverlays();
        speech.speak(StillThereView.spokenText(m, stillThere.secondsLeft()), visit.language());
    }

    /** The visitor answered the question by touching the screen: carry on where they were. */
    private void stillHere() {
        if (stillThere.isShowing()) {
            stillThere.dismiss();
            speech.stop();
            idle.activity();
            visit.refreshOverlays();
        }
    }
}
