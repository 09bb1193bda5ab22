package org.legalkiosk.kiosk.service.usage;

/**
 * Where the screens count what the county wants to know ({@link UsageKind}). Counting is in memory and never
 * fails or blocks: the screen's thread may call it.
 */
public interface UsageCounts {

    /**
     * Counts one event.
     *
     * @param subject the explainer or category id for kinds that {@link UsageKind#hasSubject() have one}, else
     *                ignored; only content ids are accepted, so no free text can ever be counted
     */
    void count(UsageKind kind, String subject);

    default void count(UsageKind kind) {
        count(kind, null);
    }

    /** Counts nothing (tests of screens that do not look at counts, terminals that report none). */
    UsageCounts NONE = (kind, subject) -> {};
}
