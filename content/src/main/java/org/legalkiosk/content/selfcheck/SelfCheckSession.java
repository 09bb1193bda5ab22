package org.legalkiosk.content.selfcheck;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * One villager's walk through a {@link SelfCheck}: one question at a time, with a way back. It holds the
 * answers only in memory; drop the session when the kiosk's idle timeout fires.
 */
public final class SelfCheckSession {

    private record Step(Question question, Option chosen) {}

    private final SelfCheck check;
    private final Deque<Step> answered = new ArrayDeque<>();
    private Question current;
    private Outcome outcome;

    SelfCheckSession(SelfCheck check) {
        this.check = Objects.requireNonNull(check, "check");
        this.current = check.first();
    }

    /** The question on screen, or empty once an outcome is reached. */
    public Optional<Question> current() {
        return Optional.ofNullable(current);
    }

    public boolean isFinished() {
        return outcome != null;
    }

    /** How many questions have been answered on the way here; the screen shows it as progress. */
    public int answeredCount() {
        return answered.size();
    }

    /**
     * Answers the current question with one of its options.
     *
     * @throws IllegalStateException when the check is already finished
     * @throws IllegalArgumentException when the current question has no such option
     */
    public void answer(String optionId) {
        if (current == null) {
            throw new IllegalStateException("the self-check is finished; go back() to change an answer");
        }
        Option option = current.option(optionId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "question '" + current.id() + "' has no option '" + optionId + "'"));
        answered.push(new Step(current, option));
        // The loader guarantees every target exists, so one of the two lookups succeeds.
        current = check.question(option.next()).orElse(null);
        outcome = current == null ? check.outcome(option.next()).orElseThrow() : null;
    }

    /** Undoes the last answer; returns false when already at the first question. */
    public boolean back() {
        if (answered.isEmpty()) {
            return false;
        }
        current = answered.pop().question();
        outcome = null;
        return true;
    }

    /** The result once an outcome is reached. */
    public Optional<SelfCheckResult> result() {
        if (outcome == null) {
            return Optional.empty();
        }
        Optional<BookingMatter> matter = outcome.offerBooking() ? latestMatter() : Optional.empty();
        return Optional.of(new SelfCheckResult(
                check.id(),
                outcome.id(),
                outcome.verdict(),
                outcome.explanation(),
                outcome.cites(),
                outcome.documents(),
                outcome.offerBooking(),
                matter));
    }

    /** The most recent answer that named a matter: a later, more specific answer wins. */
    private Optional<BookingMatter> latestMatter() {
        for (Iterator<Step> it = answered.iterator(); it.hasNext(); ) {
            Option chosen = it.next().chosen();
            if (chosen.matter() != null) {
                return Optional.of(new BookingMatter(chosen.matter(), chosen.label()));
            }
        }
        return Optional.empty();
    }
}
