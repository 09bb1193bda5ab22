package org.legalkiosk.kiosk.service.usage;

/**
 * What the kiosk counts for the county, and nothing else: which topics are read, whether an explainer or a
 * booking helped (one tap on a face), and how many searches found nothing or were given up. Counts only, per day;
 * never a search term, a name or any free text.
 */
public enum UsageKind {
    /** An explainer was opened; the subject is its id. */
    EXPLAINER_VIEW("explainer.view", true),
    /** A category's list was opened; the subject is its id. */
    CATEGORY_VIEW("category.view", true),
    EXPLAINER_HELPFUL("explainer.helpful", true),
    EXPLAINER_NOT_SOLVED("explainer.notSolved", true),
    BOOKING_HELPFUL("booking.helpful", false),
    BOOKING_NOT_SOLVED("booking.notSolved", false),
    /** A search the visitor left while it showed no results. */
    SEARCH_NOTHING_FOUND("search.nothingFound", false),
    /** A search with results the visitor left without opening any. */
    SEARCH_ABANDONED("search.abandoned", false);

    private final String code;
    private final boolean hasSubject;

    UsageKind(String code, boolean hasSubject) {
        this.code = code;
        this.hasSubject = hasSubject;
    }

    /** The name in the outbox payload and the agent's status. */
    public String code() {
        return code;
    }

    /** Whether it is counted per content id (explainer or category) rather than as one number. */
    public boolean hasSubject() {
        return hasSubject;
    }
}
