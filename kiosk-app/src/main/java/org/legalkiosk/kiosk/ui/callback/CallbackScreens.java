package org.legalkiosk.kiosk.ui.callback;

import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.booking.ChoiceStepView;
import org.legalkiosk.kiosk.ui.booking.DigitStepView;
import org.legalkiosk.kiosk.ui.common.ReadAloud;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.ScreenFeature;
import org.legalkiosk.kiosk.ui.common.ScreenRegistry;

/**
 * "请工作人员给我回电话": topic, phone, confirmation, sent. The topic list and the phone keypad are the booking's own
 * screens with this flow's models, so the two read and behave alike. On a terminal without a booking store the
 * entries are not shown; a route opened anyway says so instead of failing.
 */
public final class CallbackScreens implements ScreenFeature {

    private final CallbackFlow flow;
    private final ReadAloud readAloud;

    public CallbackScreens(CallbackFlow flow, ReadAloud readAloud) {
        this.flow = flow;
        this.readAloud = readAloud;
    }

    @Override
    public void registerScreens(ScreenRegistry screens) {
        screens.register(Route.Callback.class, callback -> step(callback.step()));
        screens.register(
                Route.CallbackSent.class, sent -> new CallbackSentView(new CallbackSentViewModel(flow.context())));
    }

    private Screen step(org.legalkiosk.kiosk.session.CallbackStep step) {
        var messages = flow.context().messages();
        if (!flow.available()) {
            return new CallbackReviewView(new CallbackReviewViewModel(flow));
        }
        return switch (step) {
            case TOPIC -> new ChoiceStepView(new CallbackTopicViewModel(flow), messages, readAloud);
            case PHONE ->
                DigitStepView.prompted(
                        new CallbackPhoneViewModel(flow), messages, CallbackIds.PHONE, CallbackIds.PHONE_KEY_PREFIX);
            case REVIEW -> new CallbackReviewView(new CallbackReviewViewModel(flow));
        };
    }
}
