package org.legalkiosk.kiosk.ui.callback;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.legalkiosk.kiosk.ui.booking.PhoneStepViewModel;
import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * The confirmation: the topic and the number as typed, in full on the screen (it is the visitor's own review, and a
 * wrong digit means nobody can call back), but only its last four digits read aloud in a public hall; then Send.
 */
public final class CallbackReviewViewModel {

    private final CallbackFlow flow;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public CallbackReviewViewModel(CallbackFlow flow) {
        this.flow = flow;
        if (flow.failed()) {
            problem.set(messages().get("callback.review.failed"));
        }
    }

    private Messages messages() {
        return flow.context().messages();
    }

    /** Whether there is something to confirm (a route opened on its own, after a reset, has nothing). */
    public boolean complete() {
        return flow.topic() != null && !flow.phone().isEmpty();
    }

    public String title() {
        return messages().get("callback.title");
    }

    public String prompt() {
        return messages().get("callback.review.prompt");
    }

    public String topicLabel() {
        return messages().get("callback.review.topic");
    }

    public String topic() {
        return flow.topic() == null ? "" : messages().get("booking.matter." + flow.topic());
    }

    public String phoneLabel() {
        return messages().get("callback.review.phone");
    }

    /** {@code 138 1234 5678}, as people read a number back. */
    public String phone() {
        return PhoneStepViewModel.grouped(flow.phone());
    }

    public String sendLabel() {
        return messages().get("callback.review.send");
    }

    public String sendingLabel() {
        return messages().get("callback.review.sending");
    }

    /** Said instead of the table when there is nothing to send: no store here, or the request was already sent. */
    public String incompleteMessage() {
        return messages().get(flow.available() ? "callback.review.incomplete" : "callback.unavailable");
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return flow.sendingProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void send() {
        problem.set("");
        flow.send(() -> problem.set(messages().get("callback.review.failed")));
    }

    public String spokenText() {
        if (!complete()) {
            return title() + "。" + incompleteMessage();
        }
        String phone = flow.phone();
        String tail = messages().get("callback.review.phoneSpoken", phone.substring(phone.length() - 4));
        String p = problem.get();
        return title() + "。" + (p.isEmpty() ? "" : p + "。") + prompt() + topicLabel() + "：" + topic() + "。" + tail + "。"
                + sendLabel() + "。";
    }
}
