package org.legalkiosk.kiosk.service.print;

import java.util.Objects;

/**
 * What happened to a print request. {@code problem} is a short reason for the log and the admin ("paper out"),
 * never shown raw to a villager: the screen says in plain words that the slip is shown on screen instead.
 */
public record PrintOutcome(boolean printed, String problem) {

    public PrintOutcome {
        Objects.requireNonNull(problem, "problem");
    }

    public static PrintOutcome ok() {
        return new PrintOutcome(true, "");
    }

    public static PrintOutcome notPrinted(String problem) {
        return new PrintOutcome(false, problem);
    }
}
