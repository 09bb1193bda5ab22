package org.legalkiosk.kiosk.ui.booking;

/** Node ids of the booking screens, for tests; never look a node up by its visible text. */
public final class BookingIds {

    public static final String CHOICE_PREFIX = "booking-choice-";
    /** The speaker beside a choice, followed by the choice's id. */
    public static final String READ_CHOICE_PREFIX = "booking-read-";

    public static final String NOTICE = "booking-notice";
    public static final String EMPTY = "booking-empty";
    public static final String MY_BOOKING = "booking-my-booking";
    public static final String BY_HAND = "booking-by-hand";
    public static final String PROBLEM = "booking-problem";
    public static final String NAME = "booking-name";
    public static final String NAME_KEY_PREFIX = "name-key-";
    public static final String ID_NUMBER = "booking-id-number";
    public static final String ID_KEY_PREFIX = "id-key-";
    public static final String PHONE = "booking-phone";
    public static final String PHONE_KEY_PREFIX = "phone-key-";
    public static final String NEXT = "booking-next";
    public static final String NOTE_PREFIX = "booking-note-";
    public static final String SKIP = "booking-skip";
    public static final String HOME = "booking-home";
    public static final String REVIEW_PREFIX = "review-";
    public static final String CONFIRM = "booking-confirm";
    public static final String CODE = "booking-code";
    public static final String QR = "booking-qr";
    public static final String PRINT_STATUS = "booking-print-status";
    public static final String REPRINT = "booking-reprint";
    public static final String FINISH = "booking-finish";
    public static final String CODE_TYPED = "mybooking-code";
    public static final String CODE_KEY_PREFIX = "code-key-";
    public static final String FIND = "mybooking-find";
    public static final String SCAN = "mybooking-scan";
    public static final String STATUS = "mybooking-status";
    public static final String STATUS_HINT = "mybooking-status-hint";
    public static final String CANCEL = "mybooking-cancel";
    public static final String CANCEL_YES = "mybooking-cancel-yes";
    public static final String CANCEL_NO = "mybooking-cancel-no";
    public static final String MESSAGE = "mybooking-message";

    private BookingIds() {}
}
