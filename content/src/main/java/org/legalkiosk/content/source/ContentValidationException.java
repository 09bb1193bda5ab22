package org.legalkiosk.content.source;

import java.util.List;
import java.util.stream.Collectors;

/** Content that must not be shown: the message lists every problem found, one {@code file:line: message} a line. */
public class ContentValidationException extends Exception {

    private final List<ContentProblem> problems;

    public ContentValidationException(List<ContentProblem> problems) {
        super(problems.size() + " content problem(s):\n"
                + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
