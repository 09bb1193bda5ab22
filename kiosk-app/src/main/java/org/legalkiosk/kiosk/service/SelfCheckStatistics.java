package org.legalkiosk.kiosk.service;

import org.legalkiosk.content.selfcheck.SelfCheckTally;

/**
 * Where a finished legal-aid self-check is counted, so the county sees how many people checked and with what
 * outcome. Only the anonymous {@link SelfCheckTally} is passed: no answers, nothing about the person.
 * <p>
 * A call may write to disk: screens call it off the JavaFX thread.
 */
public interface SelfCheckStatistics {

    /**
     * Records one finished self-check.
     *
     * @throws RuntimeException when it cannot be recorded; the caller logs it and carries on, because a lost count
     *                          must never stand between a villager and their result
     */
    void record(SelfCheckTally tally);

    /** A terminal that counts nothing (no booking store). */
    SelfCheckStatistics NONE = tally -> {};
}
