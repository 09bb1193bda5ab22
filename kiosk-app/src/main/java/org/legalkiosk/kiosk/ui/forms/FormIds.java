package org.legalkiosk.kiosk.ui.forms;

/** Node ids of the form screens, for tests and the screen tour. */
public final class FormIds {

    /** The strip on Home. */
    public static final String HOME_ENTRY = "forms-home-entry";
    /** The button on the self-check's result that opens the pre-filled application. */
    public static final String FROM_SELF_CHECK = "forms-from-self-check";

    public static final String QUESTION = "forms-question";
    public static final String PROGRESS = "forms-progress";
    public static final String OPTION_PREFIX = "forms-option-";
    public static final String KEY_PREFIX = "forms-key-";
    public static final String FIELD = "forms-field";
    public static final String IN_WORDS = "forms-in-words";
    public static final String NAME_KEY_PREFIX = "forms-name-key-";
    public static final String NEXT = "forms-next";
    public static final String SKIP = "forms-skip";
    public static final String PROBLEM = "forms-problem";
    public static final String CHIPS = "forms-chips";
    public static final String CHANGE_PREFIX = "forms-change-";
    public static final String REVIEW_VALUE_PREFIX = "forms-review-";
    public static final String TO_PREVIEW = "forms-to-preview";
    /** The page area of the preview, and the part of a page shown in it. */
    public static final String PAGES = "forms-pages";

    public static final String PAGE = "forms-page";
    public static final String PREVIOUS_PART = "forms-part-previous";
    public static final String NEXT_PART = "forms-part-next";
    public static final String PART_POSITION = "forms-part-position";
    public static final String PART_SHEET = "forms-part-sheet";
    public static final String END_NOTE = "forms-end-note";
    public static final String PRINT = "forms-print";
    public static final String NO_PRINTER = "forms-no-printer";
    public static final String BOOK = "forms-book";
    public static final String PRINTED = "forms-printed";
    public static final String FINISH = "forms-finish";
    public static final String NOTHING = "forms-nothing";

    private FormIds() {}
}
