package org.legalkiosk.kiosk.ui.feedback;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.legalkiosk.kiosk.service.usage.UsageCounts;
import org.legalkiosk.kiosk.service.usage.UsageKind;

/**
 * "Did this help?" answered with one tap on a face: 有用 or 没解决. One answer per screen; the count goes to the
 * county with no text and nothing about the person.
 */
public final class FeedbackViewModel {

    private final UsageCounts usage;
    private final UsageKind helpful;
    private final UsageKind notSolved;
    private final String subject;
    private final ReadOnlyBooleanWrapper answered = new ReadOnlyBooleanWrapper(false);

    private FeedbackViewModel(UsageCounts usage, UsageKind helpful, UsageKind notSolved, String subject) {
        this.usage = usage;
        this.helpful = helpful;
        this.notSolved = notSolved;
        this.subject = subject;
    }

    /** After reading an explainer. */
    public static FeedbackViewModel forExplainer(UsageCounts usage, String explainerId) {
        return new FeedbackViewModel(usage, UsageKind.EXPLAINER_HELPFUL, UsageKind.EXPLAINER_NOT_SOLVED, explainerId);
    }

    /** After making a booking. */
    public static FeedbackViewModel forBooking(UsageCounts usage) {
        return new FeedbackViewModel(usage, UsageKind.BOOKING_HELPFUL, UsageKind.BOOKING_NOT_SOLVED, null);
    }

    public void helpful() {
        answer(helpful);
    }

    public void notSolved() {
        answer(notSolved);
    }

    private void answer(UsageKind kind) {
        if (!answered.get()) {
            usage.count(kind, subject);
            answered.set(true);
        }
    }

    public ReadOnlyBooleanProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }
}
