package org.legalkiosk.kiosk.ui.booking;

import org.legalkiosk.kiosk.session.BookingStep;
import org.legalkiosk.personal.PersonalData;

/** Step 6: the mobile number on a numeric keypad, checked against the mainland format. */
public final class PhoneStepViewModel extends DigitStepViewModel {

    private final BookingFlow flow;

    public static final String KEYS = "1234567890";
    private static final int LENGTH = 11;

    public PhoneStepViewModel(BookingFlow flow) {
        super(
                flow.context(),
                "booking.title",
                KEYS,
                LENGTH,
                "booking.phone",
                flow.draft().phone(),
                3,
                7);
        this.flow = flow;
    }

    /** The digits grouped 3-4-4 as people say them: {@code 138 1234 5678}. */
    public static String grouped(String digits) {
        return DigitStepViewModel.grouped(digits, 3, 7);
    }

    @Override
    public void next() {
        if (!PersonalData.isValidMobile(typed())) {
            showProblem(flow.context().messages().get("booking.phone.bad"));
            return;
        }
        flow.update(flow.draft().withPhone(typed()));
        flow.advance(BookingStep.PHONE);
    }

    @Override
    public String label() {
        return flow.context().messages().get("booking.phone.prompt");
    }

    @Override
    protected String spokenRequest() {
        return label();
    }
}
