package org.legalkiosk.kiosk.ui.forms;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.legalkiosk.content.forms.Answer;
import org.legalkiosk.content.forms.ChineseAmount;
import org.legalkiosk.content.forms.FormQuestion;
import org.legalkiosk.kiosk.session.FormMemory;
import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * An amount, a whole number, a date or a phone number typed on a keypad of only the keys it can hold. An amount shows
 * its capitals (大写) as it is typed, as the printed form will; a date is typed as eight digits, year, month, day, and
 * shown filling in "2024年03月05日" so the visitor sees which part comes next. What is typed survives a language or
 * text-size switch (the session's form memory) and is checked, in plain words, when the visitor taps Next.
 */
public final class KeypadEntryViewModel {

    private static final String DIGITS = "1234567890";

    private final FormQuestion question;
    private final Messages m;
    private final ReadOnlyStringWrapper typed = new ReadOnlyStringWrapper("");

    KeypadEntryViewModel(FormQuestion question, Optional<Answer> earlier, Messages m, FormMemory memory) {
        this.question = question;
        this.m = m;
        earlier.map(this::asTyped).ifPresent(typed::set);
        memory.keep("forms." + question.id(), typed, String.class);
    }

    private String asTyped(Answer a) {
        if (a instanceof Answer.Amount amount) {
            return amount.yuan().stripTrailingZeros().toPlainString();
        }
        if (a instanceof Answer.Number n) {
            return n.value().toPlainString();
        }
        if (a instanceof Answer.Date d) {
            return String.format(
                    "%04d%02d%02d",
                    d.date().getYear(), d.date().getMonthValue(), d.date().getDayOfMonth());
        }
        if (a instanceof Answer.Text t) {
            return t.text();
        }
        return "";
    }

    public FormQuestion.Kind kind() {
        return question.kind();
    }

    public String keys() {
        return question.kind() == FormQuestion.Kind.AMOUNT ? DIGITS + "." : DIGITS;
    }

    public ReadOnlyStringProperty typedProperty() {
        return typed.getReadOnlyProperty();
    }

    private int maxLength() {
        return switch (question.kind()) {
            case DATE -> 8;
            case PHONE -> 15;
            default -> 13;
        };
    }

    public void type(char key) {
        String s = typed.get();
        if (keys().indexOf(key) < 0 || s.length() >= maxLength()) {
            return;
        }
        if (key == '.') {
            if (s.isEmpty() || s.contains(".")) {
                return;
            }
        } else if (s.contains(".") && s.length() - s.indexOf('.') > 2) {
            return; // fen are the smallest unit
        }
        if (key == '0' && s.equals("0")) {
            return;
        }
        typed.set(s.equals("0") && key != '.' ? String.valueOf(key) : s + key);
    }

    public void backspace() {
        String s = typed.get();
        if (!s.isEmpty()) {
            typed.set(s.substring(0, s.length() - 1));
        }
    }

    public void clear() {
        typed.set("");
    }

    /** What the field shows: "10500 元", "2024年03月__日", "139 1234 5678". */
    public String shown() {
        String s = typed.get();
        return switch (question.kind()) {
            case DATE -> datePattern(s);
            case PHONE -> grouped(s);
            default ->
                s.isEmpty()
                        ? ""
                        : s + " " + question.unit().map(u -> u.in(m.language())).orElse("");
        };
    }

    /** The amount in capitals as it is typed ("大写：壹万零伍佰元整"), or empty. */
    public String inWords() {
        if (question.kind() != FormQuestion.Kind.AMOUNT) {
            return "";
        }
        return parse().filter(v -> ChineseAmount.problem(v) == null && v.signum() > 0)
                .map(v -> m.get("forms.amount.inWords", ChineseAmount.of(v)))
                .orElse("");
    }

    private Optional<BigDecimal> parse() {
        String s = typed.get();
        if (s.isEmpty() || s.endsWith(".")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String datePattern(String s) {
        String digits = s + "________".substring(s.length());
        return digits.substring(0, 4) + "年" + digits.substring(4, 6) + "月" + digits.substring(6, 8) + "日";
    }

    private static String grouped(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i == 3 || i == 7) {
                sb.append(' ');
            }
            sb.append(s.charAt(i));
        }
        return sb.toString();
    }

    /** The answer typed, or the reason it cannot be taken, in plain words. */
    public Result answer(LocalDate today) {
        String s = typed.get();
        if (s.isEmpty()) {
            return Result.problem(m.get("forms.keypad.empty"));
        }
        return switch (question.kind()) {
            case DATE -> date(s, today);
            case PHONE ->
                s.matches("[0-9]{7,15}") ? Result.ok(new Answer.Text(s)) : Result.problem(m.get("forms.phone.bad"));
            case AMOUNT -> number(true);
            default -> number(false);
        };
    }

    private Result date(String s, LocalDate today) {
        if (s.length() < 8) {
            return Result.problem(m.get("forms.date.incomplete"));
        }
        try {
            LocalDate d = LocalDate.of(
                    Integer.parseInt(s.substring(0, 4)),
                    Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6)));
            if (d.isAfter(today) || d.getYear() < 1900) {
                return Result.problem(m.get("forms.date.future"));
            }
            return Result.ok(new Answer.Date(d));
        } catch (DateTimeException e) {
            return Result.problem(m.get("forms.date.bad"));
        }
    }

    private Result number(boolean amount) {
        Optional<BigDecimal> value = parse();
        if (value.isEmpty()) {
            return Result.problem(m.get("forms.keypad.empty"));
        }
        BigDecimal v = value.get();
        if (question.min().isPresent() && v.compareTo(question.min().get()) < 0) {
            return Result.problem(
                    m.get("forms.number.small", question.min().get().toPlainString()));
        }
        if (question.max().isPresent() && v.compareTo(question.max().get()) > 0) {
            return Result.problem(
                    m.get("forms.number.large", question.max().get().toPlainString()));
        }
        if (amount && ChineseAmount.problem(v) != null) {
            return Result.problem(m.get("forms.number.large", ChineseAmount.MAX.toPlainString()));
        }
        return Result.ok(amount ? new Answer.Amount(v) : new Answer.Number(v));
    }

    /** An answer to give, or what to fix. */
    public record Result(Answer answer, String problem) {
        static Result ok(Answer answer) {
            return new Result(answer, null);
        }

        static Result problem(String problem) {
            return new Result(null, problem);
        }
    }
}
