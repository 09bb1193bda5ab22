package org.legalkiosk.kiosk.ui.booking;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.legalkiosk.kiosk.ui.common.ScreenContext;

/**
 * A step that is a number typed on a keypad (the ID number by hand, the mobile number of a booking or of a callback
 * request): only the keys that
 * can be right, no more digits than the number has, shown in the groups people read it in, kept across a language or
 * text-size switch, and checked when the visitor taps Next. A step adds what its number must look like and where it
 * goes in the draft.
 */
public abstract class DigitStepViewModel {

    private final ScreenContext context;
    private final String titleKey;
    private final String keys;
    private final int length;
    private final int[] groupStarts;
    private final ReadOnlyStringWrapper digits = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /**
     * @param titleKey    the message that heads the screen ({@code booking.title}, {@code callback.title})
     * @param keys        the keypad's keys, in the order they are laid out
     * @param length      how many characters the number has
     * @param formKey     under which the typed number survives a rebuild of the screen ({@code FormMemory})
     * @param initial     what the draft already holds, or empty
     * @param groupStarts where a space goes when the number is shown (before these positions)
     */
    protected DigitStepViewModel(
            ScreenContext context,
            String titleKey,
            String keys,
            int length,
            String formKey,
            String initial,
            int... groupStarts) {
        this.context = context;
        this.titleKey = titleKey;
        this.keys = keys;
        this.length = length;
        this.groupStarts = groupStarts.clone();
        digits.set(initial == null ? "" : initial);
        context.session().form().keep(formKey, digits, String.class);
    }

    public final ReadOnlyStringProperty digitsProperty() {
        return digits.getReadOnlyProperty();
    }

    public final ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public final String keys() {
        return keys;
    }

    /** The number typed so far, in its groups. */
    public final String grouped() {
        return grouped(digits.get(), groupStarts);
    }

    static String grouped(String number, int... groupStarts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            for (int start : groupStarts) {
                if (i == start) {
                    sb.append(' ');
                }
            }
            sb.append(number.charAt(i));
        }
        return sb.toString();
    }

    public final void type(char c) {
        char key = Character.toUpperCase(c);
        String typed = digits.get();
        if (keys.indexOf(key) < 0 || typed.length() >= length || !accepts(typed, key)) {
            return;
        }
        digits.set(typed + key);
        problem.set("");
    }

    /** Whether {@code key} (one of the keypad's) may follow {@code typed}; any key may, unless a step says not. */
    protected boolean accepts(String typed, char key) {
        return true;
    }

    public final void backspace() {
        String s = digits.get();
        if (!s.isEmpty()) {
            digits.set(s.substring(0, s.length() - 1));
        }
        problem.set("");
    }

    public final void clear() {
        digits.set("");
        problem.set("");
    }

    /** Goes on when the number is right; otherwise says, in plain words, what to fix. */
    public abstract void next();

    protected final String typed() {
        return digits.get();
    }

    protected final int length() {
        return length;
    }

    protected final void showProblem(String message) {
        problem.set(message);
    }

    public final String title() {
        return context.messages().get(titleKey);
    }

    /** What the visitor is asked to type. */
    public abstract String label();

    public final String nextLabel() {
        return context.messages().get("booking.next");
    }

    /** The title, any problem, then what the step asks. */
    public final String spokenText() {
        String p = problem.get();
        return title() + "。" + (p.isEmpty() ? "" : p + "。") + spokenRequest();
    }

    /** What the step asks, as read aloud after the title and any problem. */
    protected abstract String spokenRequest();
}
