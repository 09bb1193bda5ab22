package org.legalkiosk.booking.schedule;

import java.util.List;

/** The document is not a schedule; each problem reads {@code path: what is wrong}, e.g. {@code offices[1].id: ...}. */
public final class InvalidScheduleException extends Exception {

    private static final int SHOWN = 10;

    private final List<String> problems;

    public InvalidScheduleException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        String shown = String.join("; ", problems.subList(0, Math.min(SHOWN, problems.size())));
        return problems.size() > SHOWN ? shown + "; and " + (problems.size() - SHOWN) + " more" : shown;
    }
}
