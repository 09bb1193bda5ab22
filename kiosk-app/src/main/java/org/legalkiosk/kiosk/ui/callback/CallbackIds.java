package org.legalkiosk.kiosk.ui.callback;

/** Node ids of the callback screens, for tests and the screen tour. */
public final class CallbackIds {

    /** The entry on Home. */
    public static final String HOME_ENTRY = "callback-home-entry";
    /** The entry in the help banner. */
    public static final String HELP_ENTRY = "callback-help-entry";

    public static final String PHONE = "callback-phone";
    public static final String PHONE_KEY_PREFIX = "callback-phone-key-";
    public static final String REVIEW_TOPIC = "callback-review-topic";
    public static final String REVIEW_PHONE = "callback-review-phone";
    public static final String SEND = "callback-send";
    public static final String PROBLEM = "callback-problem";
    public static final String SENT = "callback-sent";
    public static final String FINISH = "callback-finish";
    public static final String UNAVAILABLE = "callback-unavailable";

    private CallbackIds() {}
}
