package org.legalkiosk.content.forms;

import java.util.Objects;
import java.util.Set;

/** A question is asked only when an earlier choice or yes-no question was answered with one of {@code options}. */
public record Condition(String questionId, Set<String> options) {

    public Condition {
        Objects.requireNonNull(questionId, "questionId");
        options = Set.copyOf(options);
    }
}
