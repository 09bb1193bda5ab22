package org.legalkiosk.content.selfcheck;

import java.util.Objects;

/**
 * How many self-checks ended in one outcome. It carries no answers and nothing about the person, so it may leave
 * the terminal (Personal Information Protection Law: collect no more than needed).
 */
public record SelfCheckTally(String checkId, String outcomeId, int count) {

    public SelfCheckTally {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(outcomeId, "outcomeId");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
    }

    public SelfCheckTally plus(SelfCheckTally other) {
        if (!checkId.equals(other.checkId) || !outcomeId.equals(other.outcomeId)) {
            throw new IllegalArgumentException("cannot add tallies of different outcomes");
        }
        return new SelfCheckTally(checkId, outcomeId, count + other.count);
    }
}
