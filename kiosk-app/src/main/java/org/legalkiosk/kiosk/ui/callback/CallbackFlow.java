package org.legalkiosk.kiosk.ui.callback;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.legalkiosk.kiosk.service.callback.CallbackRequest;
import org.legalkiosk.kiosk.service.callback.CallbackRequests;
import org.legalkiosk.kiosk.session.CallbackStep;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.common.ScreenTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One visitor's callback request while it is being filled in: the topic and the phone, kept across the three screens
 * (each is rebuilt on every route, language or text-size change) and forgotten as soon as the visitor leaves them,
 * sends the request, or the idle timeout resets the session, so no number is left for the next visitor.
 */
public final class CallbackFlow {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackFlow.class);

    private final ScreenContext context;
    private final ScreenTasks tasks;
    private String topic;
    private String phone = "";
    private boolean failed;
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(false);

    public CallbackFlow(ScreenContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.tasks = context.tasks();
        context.navigator().currentProperty().addListener((o, old, route) -> {
            if (!(route instanceof Route.Callback)) {
                forget();
            }
        });
        context.session().onReset(this::forget);
    }

    public ScreenContext context() {
        return context;
    }

    public boolean available() {
        return requests().available();
    }

    /** The topic chosen, or null before the first screen was answered. */
    public String topic() {
        return topic;
    }

    public String phone() {
        return phone;
    }

    public void chooseTopic(String topicId) {
        this.topic = Objects.requireNonNull(topicId, "topicId");
        failed = false;
        context.navigator().open(new Route.Callback(CallbackStep.PHONE));
    }

    public void enterPhone(String digits) {
        this.phone = Objects.requireNonNull(digits, "digits");
        failed = false;
        context.navigator().open(new Route.Callback(CallbackStep.REVIEW));
    }

    /** Whether the last send failed (the review screen says so and offers the button again). */
    public boolean failed() {
        return failed;
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    /**
     * Keeps the request on the terminal off the screen's thread; only once it is written does the visitor see
     * "sent". A failure keeps what they entered and says so; nothing half-written is left.
     */
    public void send(Runnable onFailure) {
        if (sending.get() || topic == null || phone.isEmpty()) {
            return;
        }
        CallbackRequest request =
                new CallbackRequest(topic, phone, context.language().code());
        sending.set(true);
        tasks.inBackground(() -> {
            try {
                requests().submit(request);
                tasks.onScreen(() -> {
                    sending.set(false);
                    forget();
                    context.navigator().open(new Route.CallbackSent());
                });
            } catch (RuntimeException e) {
                LOG.error("The callback request could not be kept", e);
                tasks.onScreen(() -> {
                    sending.set(false);
                    failed = true;
                    onFailure.run();
                });
            }
        });
    }

    /** Drops the topic and the number. */
    public void forget() {
        topic = null;
        phone = "";
        failed = false;
    }

    private CallbackRequests requests() {
        return context.residents().callbacks();
    }
}
