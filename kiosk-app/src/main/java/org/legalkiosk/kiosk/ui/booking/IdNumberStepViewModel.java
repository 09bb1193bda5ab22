package org.legalkiosk.kiosk.ui.booking;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.legalkiosk.kiosk.service.booking.PersonalData;

/** Step 5 without a card, after the name: the ID number on a keypad of digits and X, checked per GB 11643. */
public final class IdNumberStepViewModel {

    public static final String KEYS = "123456789X0";
    private static final int ID_LENGTH = 18;

    private final BookingFlow flow;
    private final ReadOnlyStringWrapper idNumber = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public IdNumberStepViewModel(BookingFlow flow) {
        this.flow = flow;
        BookingDraft d = flow.draft();
        if (!d.fromCard() && d.idNumber() != null) {
            idNumber.set(d.idNumber());
        }
        flow.context().session().form().keep("booking.idNumber", idNumber, String.class);
    }

    public ReadOnlyStringProperty idNumberProperty() {
        return idNumber.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * The number typed so far in the groups printed on the card, region, birth date, the rest
     * ({@code 620102 19900101 1235}), so a visitor can check it against the card group by group.
     */
    public static String grouped(String number) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            if (i == 6 || i == 14) {
                sb.append(' ');
            }
            sb.append(number.charAt(i));
        }
        return sb.toString();
    }

    public void type(char c) {
        char key = Character.toUpperCase(c);
        if (KEYS.indexOf(key) < 0 || idNumber.get().length() >= ID_LENGTH) {
            return;
        }
        // X is only ever the check character, the last of the 18.
        if (key == 'X' && idNumber.get().length() != ID_LENGTH - 1) {
            return;
        }
        idNumber.set(idNumber.get() + key);
        problem.set("");
    }

    public void backspace() {
        String s = idNumber.get();
        if (!s.isEmpty()) {
            idNumber.set(s.substring(0, s.length() - 1));
        }
        problem.set("");
    }

    public void clear() {
        idNumber.set("");
        problem.set("");
    }

    /** Goes on when the number is right; otherwise says, in plain words, what to fix. */
    public void next() {
        var m = flow.context().messages();
        String id = idNumber.get();
        BookingDraft d = flow.draft();
        if (d.fromCard() || d.name() == null || d.name().isBlank()) {
            // Not reached through the name step (a card was read meanwhile): the name comes first.
            flow.go(BookingStep.WHO_BY_HAND);
        } else if (id.length() != ID_LENGTH) {
            problem.set(m.get("booking.hand.shortId", id.length()));
        } else if (!PersonalData.isValidIdNumber(id)) {
            problem.set(m.get("booking.hand.badId"));
        } else {
            flow.update(d.withPerson(d.name(), id, false));
            flow.advance(BookingStep.WHO_ID_NUMBER);
        }
    }

    public String title() {
        return flow.context().messages().get("booking.title");
    }

    public String label() {
        return flow.context().messages().get("booking.hand.id");
    }

    public String nextLabel() {
        return flow.context().messages().get("booking.next");
    }

    public String spokenText() {
        String p = problem.get();
        return title() + "。" + (p.isEmpty() ? "" : p + "。") + label() + "。" + nextLabel();
    }
}
