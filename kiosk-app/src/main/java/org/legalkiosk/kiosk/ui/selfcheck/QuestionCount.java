package org.legalkiosk.kiosk.ui.selfcheck;

import org.legalkiosk.content.selfcheck.Option;
import org.legalkiosk.content.selfcheck.Question;
import org.legalkiosk.content.selfcheck.SelfCheck;

/**
 * How many questions can still come. Paths differ in length, so the screens promise "at most N": a villager is
 * never told "3 more" and then asked 4. The loader guarantees the questions form no cycle, so the walk ends.
 */
final class QuestionCount {

    private QuestionCount() {}

    /** The most questions on any path from {@code question} to an outcome, {@code question} itself included. */
    static int atMost(SelfCheck check, Question question) {
        int longest = 0;
        for (Option option : question.options()) {
            longest = Math.max(
                    longest,
                    check.question(option.next()).map(q -> atMost(check, q)).orElse(0));
        }
        return 1 + longest;
    }
}
