package org.legalkiosk.kiosk.ui.selfcheck;

/** Node ids of the self-check screens, for tests; never look a node up by its visible text. */
public final class SelfCheckIds {

    public static final String START = "selfcheck-start";
    public static final String UNAVAILABLE = "selfcheck-unavailable";
    public static final String BROWSE = "selfcheck-browse";

    public static final String PROGRESS = "selfcheck-progress";
    public static final String QUESTION = "selfcheck-question";
    public static final String OPTION_PREFIX = "selfcheck-option-";
    public static final String HARDSHIP = "selfcheck-hardship";
    public static final String OPTIONS_SCROLL = "selfcheck-options";

    public static final String VERDICT = "selfcheck-verdict";
    public static final String RESULT_SCROLL = "selfcheck-result";
    public static final String DOCUMENTS = "selfcheck-documents";
    public static final String HARDSHIP_NOTE = "selfcheck-hardship-note";
    public static final String BOOK = "selfcheck-book";
    /** Opens the legal-aid application filled in from the answers (issue 16). */
    public static final String FILL_FORM = "selfcheck-fill-form";

    public static final String PRINT = "selfcheck-print";
    public static final String PRINT_STATUS = "selfcheck-print-status";
    public static final String AGAIN = "selfcheck-again";
    public static final String HOME = "selfcheck-home";

    private SelfCheckIds() {}

    public static String option(String optionId) {
        return OPTION_PREFIX + optionId;
    }

    public static final String PRINT_QUESTION = "selfcheck-print-question";
    public static final String PRINT_CONFIRM = "selfcheck-print-confirm";
    public static final String PRINT_CANCEL = "selfcheck-print-cancel";

    /** The speaker beside an answer that reads just that answer. */
    public static String readOption(String optionId) {
        return "selfcheck-read-" + optionId;
    }
}
