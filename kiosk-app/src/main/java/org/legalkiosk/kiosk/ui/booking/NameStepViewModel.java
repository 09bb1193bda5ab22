package org.legalkiosk.kiosk.ui.booking;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.regex.Pattern;

/**
 * Step 5 without a card: the name, tapped in pinyin on an on-screen letter keyboard. The terminal has no physical
 * keyboard and no Chinese input method, and the office identifies the visitor by the ID number anyway, so the name
 * is kept as typed: capital letters and single spaces ({@code ZHANG SAN}).
 */
public final class NameStepViewModel {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 40;
    private static final Pattern NAME = Pattern.compile("[A-Z]+( [A-Z]+)*");

    private final BookingFlow flow;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public NameStepViewModel(BookingFlow flow) {
        this.flow = flow;
        BookingDraft d = flow.draft();
        // What was typed before (Back from a later step) is kept; what a card filled in is not shown for editing.
        if (!d.fromCard() && d.name() != null && isValid(d.name())) {
            name.set(d.name());
        }
    }

    /** Whether {@code text} is a name as this step takes it: 2-40 capital letters and single spaces between words. */
    public static boolean isValid(String text) {
        return text != null && text.length() >= MIN_LENGTH && text.length() <= MAX_LENGTH
                && NAME.matcher(text).matches();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Adds a letter (shown and kept in capitals) or a space between words. A space first, a second space in a row,
     * anything else and anything past 40 characters are ignored, so what is shown is always what will be kept.
     */
    public void type(char c) {
        String s = name.get();
        if (s.length() >= MAX_LENGTH) {
            return;
        }
        if (c == ' ') {
            if (s.isEmpty() || s.endsWith(" ")) {
                return;
            }
        } else if (c > 127 || !Character.isLetter(c)) {
            return;
        }
        name.set(s + Character.toUpperCase(c));
        problem.set("");
    }

    public void backspace() {
        String s = name.get();
        if (!s.isEmpty()) {
            name.set(s.substring(0, s.length() - 1));
        }
        problem.set("");
    }

    public void clear() {
        name.set("");
        problem.set("");
    }

    /** Goes on to the ID number when the name is right; otherwise says, in plain words, what to fix. */
    public void next() {
        var m = flow.context().messages();
        String n = name.get().strip();
        if (n.isEmpty()) {
            problem.set(m.get("booking.hand.noName"));
        } else if (!isValid(n)) {
            problem.set(m.get("booking.hand.shortName"));
        } else {
            BookingDraft d = flow.draft();
            // A number a card filled in is dropped with the card's name: the visitor now enters both.
            flow.update(d.withPerson(n, d.fromCard() ? null : d.idNumber(), false));
            flow.advance(BookingStep.WHO_BY_HAND);
        }
    }

    public String title() {
        return flow.context().messages().get("booking.title");
    }

    public String label() {
        return flow.context().messages().get("booking.hand.name");
    }

    public String hint() {
        return flow.context().messages().get("booking.hand.pinyinHint");
    }

    public String nextLabel() {
        return flow.context().messages().get("booking.next");
    }

    public String spokenText() {
        String p = problem.get();
        return title() + "。" + (p.isEmpty() ? "" : p + "。") + label() + "。" + hint() + "。" + nextLabel();
    }
}
