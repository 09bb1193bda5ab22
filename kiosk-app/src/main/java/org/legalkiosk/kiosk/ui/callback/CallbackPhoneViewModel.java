package org.legalkiosk.kiosk.ui.callback;

import org.legalkiosk.kiosk.ui.booking.DigitStepViewModel;
import org.legalkiosk.kiosk.ui.booking.PhoneStepViewModel;
import org.legalkiosk.personal.PersonalData;

/** The second screen: the number staff should ring, on the booking's phone keypad and checked by the same rule. */
public final class CallbackPhoneViewModel extends DigitStepViewModel {

    private static final int LENGTH = 11;

    private final CallbackFlow flow;

    public CallbackPhoneViewModel(CallbackFlow flow) {
        super(flow.context(), "callback.title", PhoneStepViewModel.KEYS, LENGTH, "callback.phone", flow.phone(), 3, 7);
        this.flow = flow;
    }

    @Override
    public void next() {
        if (!PersonalData.isValidMobile(typed())) {
            showProblem(flow.context().messages().get("booking.phone.bad"));
            return;
        }
        flow.enterPhone(typed());
    }

    @Override
    public String label() {
        return flow.context().messages().get("callback.phone.prompt");
    }

    @Override
    protected String spokenRequest() {
        return label();
    }
}
