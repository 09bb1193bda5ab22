package org.legalkiosk.kiosk.ui.selfcheck;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.legalkiosk.content.selfcheck.Question;
import org.legalkiosk.content.selfcheck.SelfCheck;
import org.legalkiosk.content.selfcheck.SelfCheckSession;

/**
 * The self-check one visitor is walking. Screens are rebuilt from routes (on Back, on a language switch), so the
 * answers live here, beside the screens, and the routes only say how many answers a screen comes after. The
 * kiosk {@link #clear() clears} it when the idle timeout resets the session: the next visitor finds no answers.
 */
public final class SelfCheckJourney {

    private SelfCheck check;
    private SelfCheckSession session;
    /** The questions answered so far, latest first, so the result knows whether the hardship figure was shown. */
    private final Deque<Question> answered = new ArrayDeque<>();

    private boolean counted;

    /** Starts afresh on {@code check}, forgetting any earlier answers. */
    public void start(SelfCheck check) {
        this.check = check;
        this.session = check.start();
        answered.clear();
        counted = false;
    }

    public Optional<SelfCheck> check() {
        return Optional.ofNullable(check);
    }

    /** The walk in progress; empty before the visitor starts and after a reset. */
    public Optional<SelfCheckSession> session() {
        return Optional.ofNullable(session);
    }

    /**
     * The walk as it stood after {@code count} answers: later answers are taken back, as the visitor went Back
     * past them. Empty when there is no walk, or it never had that many answers.
     */
    public Optional<SelfCheckSession> after(int count) {
        if (session == null || count < 0) {
            return Optional.empty();
        }
        while (session.answeredCount() > count && session.back()) {
            answered.pop();
        }
        return session.answeredCount() == count ? Optional.of(session) : Optional.empty();
    }

    /** Answers the current question; the caller checks that the walk exists and is not finished. */
    void answer(String optionId) {
        Question question =
                session.current().orElseThrow(() -> new IllegalStateException("the self-check is finished"));
        session.answer(optionId);
        answered.push(question);
    }

    /** Whether one of the answers was given with the county's hardship standard on screen. */
    public boolean sawHardshipStandard() {
        return answered.stream().anyMatch(Question::showsHardship);
    }

    /**
     * True the first time it is asked in a walk: a person who goes back to try another answer is still one person
     * who checked, so a walk is counted once.
     */
    boolean countOnce() {
        if (session == null || counted) {
            return false;
        }
        counted = true;
        return true;
    }

    /** Forgets the visitor's walk and answers. */
    public void clear() {
        check = null;
        session = null;
        answered.clear();
        counted = false;
    }
}
