package org.legalkiosk.content.forms;

import java.util.Map;

/** Answers an interview straight through: the named options where given, else the walker's first answer. */
public final class FormFlow {

    private FormFlow() {}

    public static void answerEverything(FormInterview interview, Map<String, String> choices) {
        while (!interview.atReview()) {
            FormQuestion q = interview.current().orElseThrow();
            String chosen = choices.get(q.id());
            interview.answer(
                    chosen != null
                            ? new Answer.Choice(chosen)
                            : FormWalker.answers(q).get(0));
        }
    }
}
