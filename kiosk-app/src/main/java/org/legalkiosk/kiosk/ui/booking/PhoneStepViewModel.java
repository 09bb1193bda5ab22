package org.legalkiosk.kiosk.ui.booking;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.legalkiosk.kiosk.service.booking.PersonalData;

/** Step 6: the mobile number on a numeric keypad, checked against the mainland format. */
public final class PhoneStepViewModel {

    public static final String KEYS = "1234567890";
    private static final int LENGTH = 11;

    private final BookingFlow flow;
    private final ReadOnlyStringWrapper phone = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public PhoneStepViewModel(BookingFlow flow) {
        this.flow = flow;
        String before = flow.draft().phone();
        phone.set(before == null ? "" : before);
        flow.context().session().form().keep("booking.phone", phone, String.class);
    }

    public ReadOnlyStringProperty phoneProperty() {
        return phone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The digits typed so far, grouped 3-4-4 as people say them: {@code 138 1234 5678}. */
    public static String grouped(String digits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i == 3 || i == 7) {
                sb.append(' ');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    public void type(char c) {
        if (KEYS.indexOf(c) < 0 || phone.get().length() >= LENGTH) {
            return;
        }
        phone.set(phone.get() + c);
        problem.set("");
    }

    public void backspace() {
        String s = phone.get();
        if (!s.isEmpty()) {
            phone.set(s.substring(0, s.length() - 1));
        }
        problem.set("");
    }

    public void clear() {
        phone.set("");
        problem.set("");
    }

    public void next() {
        if (!PersonalData.isValidMobile(phone.get())) {
            problem.set(flow.context().messages().get("booking.phone.bad"));
            return;
        }
        flow.update(flow.draft().withPhone(phone.get()));
        flow.advance(BookingStep.PHONE);
    }

    public String title() {
        return flow.context().messages().get("booking.title");
    }

    public String prompt() {
        return flow.context().messages().get("booking.phone.prompt");
    }

    public String nextLabel() {
        return flow.context().messages().get("booking.next");
    }

    public String spokenText() {
        String p = problem.get();
        return title() + "。" + (p.isEmpty() ? "" : p + "。") + prompt();
    }
}
