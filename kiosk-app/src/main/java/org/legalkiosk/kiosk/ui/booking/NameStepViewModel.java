package org.legalkiosk.kiosk.ui.booking;

import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.legalkiosk.kiosk.service.input.ChineseInput;
import org.legalkiosk.kiosk.service.input.SurnamesFirst;
import org.legalkiosk.kiosk.session.BookingStep;
import org.legalkiosk.kiosk.session.FormMemory;
import org.legalkiosk.kiosk.ui.common.ChineseInputViewModel;

/**
 * Step 5 without a card: the name, written by hand on the pad or chosen through pinyin (see
 * {@link ChineseInputViewModel}), or, on a terminal without either, tapped in pinyin capitals ({@code ZHANG SAN}).
 * A name is 2-20 Chinese characters (with · between the parts of a minority name) or 2-40 capital letters with
 * single spaces. What is typed survives a language or text-size switch ({@link FormMemory}).
 */
public final class NameStepViewModel implements ChineseInputViewModel.Target {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 40;
    public static final int MAX_HANZI = 20;
    // Possessive quantifiers (++, *+): a name can never make the matcher backtrack, however it is typed.
    private static final Pattern PINYIN_NAME = Pattern.compile("[A-Z]++(?: [A-Z]++)*+");
    private static final Pattern HANZI_NAME = Pattern.compile("\\p{IsHan}++(?:·\\p{IsHan}++)*+");
    private static final String MEMORY = "booking.name";

    private final BookingFlow flow;
    private final FormMemory memory;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper composing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ChineseInputViewModel input;

    public NameStepViewModel(BookingFlow flow) {
        this.flow = flow;
        this.memory = flow.context().session().form();
        BookingDraft d = flow.draft();
        // What was typed before (Back from a later step) is kept; what a card filled in is not shown for editing.
        if (!d.fromCard() && d.name() != null && isValid(d.name())) {
            name.set(d.name());
        }
        memory.get(MEMORY, String.class).ifPresent(name::set);
        // Pinyin offers common surnames first for the name's first character (王 before 网).
        ChineseInput forNames = new ChineseInput(
                flow.context().input().handwriting(),
                new SurnamesFirst(
                        flow.context().input().pinyin(), () -> name.get().isEmpty()));
        this.input = new ChineseInputViewModel(forNames, this, flow.context().messages());
    }

    /** Whether {@code text} is a name as this step takes it: Chinese characters, or pinyin in capitals. */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        int chars = text.codePointCount(0, text.length());
        if (HANZI_NAME.matcher(text).matches()) {
            return chars >= MIN_LENGTH && chars <= MAX_HANZI;
        }
        return chars >= MIN_LENGTH
                && chars <= MAX_LENGTH
                && PINYIN_NAME.matcher(text).matches();
    }

    public ChineseInputViewModel input() {
        return input;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** The name with the pinyin letters still being composed after it, as the field shows it. */
    public StringExpression shownProperty() {
        return Bindings.concat(name, composing);
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Characters chosen on the pad or the candidate bar, or (without candidates) a letter or a space tapped. A
     * space first, a second space in a row, Latin letters after Chinese characters (or the other way round),
     * anything else and anything past the length limit are ignored, so what is shown is always what will be kept.
     */
    @Override
    public void commit(String text) {
        String s = name.get();
        if (text.equals(" ")) {
            if (s.isEmpty() || s.endsWith(" ") || isHan(s)) {
                return;
            }
            set(s + " ");
            return;
        }
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        boolean han = text.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        boolean latin = upper.chars().allMatch(c -> c >= 'A' && c <= 'Z');
        if ((!han && !latin) || (han && !s.isEmpty() && !isHan(s)) || (latin && isHan(s))) {
            return;
        }
        String next = s + (han ? text : upper);
        int limit = han ? MAX_HANZI : MAX_LENGTH;
        if (next.codePointCount(0, next.length()) <= limit) {
            set(next);
        }
    }

    /** A key on the letter keyboard of a terminal without Chinese input: the old pinyin entry. */
    public void type(char c) {
        commit(String.valueOf(c));
    }

    @Override
    public void compose(String letters) {
        composing.set(letters.toUpperCase(java.util.Locale.ROOT));
        problem.set("");
    }

    @Override
    public void backspace() {
        String s = name.get();
        if (!s.isEmpty()) {
            set(s.substring(0, s.offsetByCodePoints(s.length(), -1)));
        }
    }

    @Override
    public void clear() {
        set("");
    }

    private void set(String value) {
        name.set(value);
        memory.put(MEMORY, value);
        problem.set("");
    }

    private static boolean isHan(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /** Goes on to the ID number when the name is right; otherwise says, in plain words, what to fix. */
    public void next() {
        var m = flow.context().messages();
        String n = name.get().strip();
        if (n.isEmpty()) {
            problem.set(m.get(composing.get().isEmpty() ? "booking.hand.noName" : "booking.hand.chooseCharacters"));
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
        return flow.context()
                .messages()
                .get(
                        flow.context().input().handwriting().available()
                                        || flow.context().input().pinyin().available()
                                ? "booking.hand.nameHint"
                                : "booking.hand.pinyinHint");
    }

    public String nextLabel() {
        return flow.context().messages().get("booking.next");
    }

    public String spokenText() {
        String p = problem.get();
        return title() + "。" + (p.isEmpty() ? "" : p + "。") + label() + "。" + hint() + "。" + input.spokenText() + "。"
                + nextLabel();
    }
}
