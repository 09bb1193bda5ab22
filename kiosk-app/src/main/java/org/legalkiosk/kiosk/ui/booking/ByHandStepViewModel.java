package org.legalkiosk.kiosk.ui.booking;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.legalkiosk.kiosk.service.booking.PersonalData;

import java.util.Locale;

/** Step 5 without a card: the name, and the ID number on a keypad of digits and X, checked per GB 11643. */
public final class ByHandStepViewModel {

    public static final String KEYS = "123456789X0";
    private static final int ID_LENGTH = 18;

    private final BookingFlow flow;
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper idNumber = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ByHandStepViewModel(BookingFlow flow) {
        this.flow = flow;
        BookingDraft d = flow.draft();
        // What was typed before (Back from a later step) is kept; what a card filled in is not shown for editing.
        if (!d.fromCard()) {
            name.set(d.name() == null ? "" : d.name());
            idNumber.set(d.idNumber() == null ? "" : d.idNumber());
        }
        name.addListener((o, a, b) -> problem.set(""));
    }

    public StringProperty nameProperty() {
        return name;
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

    /** Goes on when name and number are right; otherwise says, in plain words, what to fix. */
    public void next() {
        var m = flow.context().messages();
        String n = name.get() == null ? "" : name.get().strip();
        String id = idNumber.get().toUpperCase(Locale.ROOT);
        if (n.isEmpty()) {
            problem.set(m.get("booking.hand.noName"));
        } else if (id.length() != ID_LENGTH) {
            problem.set(m.get("booking.hand.shortId", id.length()));
        } else if (!PersonalData.isValidIdNumber(id)) {
            problem.set(m.get("booking.hand.badId"));
        } else {
            flow.update(flow.draft().withPerson(n, id, false));
            flow.advance(BookingStep.WHO_BY_HAND);
        }
    }

    public String title() {
        return flow.context().messages().get("booking.title");
    }

    public String nameLabel() {
        return flow.context().messages().get("booking.hand.name");
    }

    public String namePrompt() {
        return flow.context().messages().get("booking.hand.namePrompt");
    }

    public String idLabel() {
        return flow.context().messages().get("booking.hand.id");
    }

    public String nextLabel() {
        return flow.context().messages().get("booking.next");
    }

    public String spokenText() {
        String p = problem.get();
        return title() + "。" + (p.isEmpty() ? "" : p + "。") + nameLabel() + "。" + idLabel() + "。" + nextLabel();
    }
}
