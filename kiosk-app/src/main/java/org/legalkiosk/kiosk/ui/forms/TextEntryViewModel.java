package org.legalkiosk.kiosk.ui.forms;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.legalkiosk.content.forms.Answer;
import org.legalkiosk.content.forms.FormQuestion;
import org.legalkiosk.kiosk.service.input.ChineseInput;
import org.legalkiosk.kiosk.session.FormMemory;
import org.legalkiosk.kiosk.ui.common.ChineseInputViewModel;
import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * A name (the other side, an employer, an insurer) or the optional sentence, written on the handwriting pad or chosen
 * through pinyin candidates, as the booking's name step is. Control characters never get in; a name is at most 30
 * characters and a sentence 200 (what the form's box holds). What is written survives a language or size switch.
 */
public final class TextEntryViewModel implements ChineseInputViewModel.Target {

    static final int NAME_MAX = 30;
    static final int SENTENCE_MAX = 200;

    private final FormQuestion question;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper composing = new ReadOnlyStringWrapper("");
    private final ChineseInputViewModel input;
    private final Runnable onChange;

    TextEntryViewModel(
            FormQuestion question,
            Optional<Answer> earlier,
            ChineseInput chinese,
            Messages m,
            FormMemory memory,
            Runnable onChange) {
        this.question = question;
        this.onChange = onChange;
        earlier.filter(Answer.Text.class::isInstance)
                .map(a -> ((Answer.Text) a).text())
                .ifPresent(text::set);
        memory.keep("forms." + question.id(), text, String.class);
        this.input = new ChineseInputViewModel(chinese, this, m);
    }

    public ChineseInputViewModel input() {
        return input;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The text with pinyin letters still being composed after it, as the field shows it. */
    public StringExpression shownProperty() {
        return Bindings.concat(text, composing);
    }

    private int max() {
        return question.kind() == FormQuestion.Kind.SENTENCE ? SENTENCE_MAX : NAME_MAX;
    }

    @Override
    public void commit(String chosen) {
        if (chosen.codePoints().anyMatch(Character::isISOControl)) {
            return;
        }
        String s = text.get();
        if (chosen.equals(" ") && (s.isEmpty() || s.endsWith(" "))) {
            return;
        }
        String next = s + (chosen.chars().allMatch(c -> c < 128) ? chosen.toUpperCase(Locale.ROOT) : chosen);
        if (next.codePointCount(0, next.length()) <= max()) {
            text.set(next);
            onChange.run();
        }
    }

    @Override
    public void compose(String letters) {
        composing.set(letters.toUpperCase(Locale.ROOT));
        onChange.run();
    }

    @Override
    public void backspace() {
        String s = text.get();
        if (!s.isEmpty()) {
            text.set(s.substring(0, s.offsetByCodePoints(s.length(), -1)));
        }
        onChange.run();
    }

    @Override
    public void clear() {
        text.set("");
        onChange.run();
    }

    /** Whether letters are typed but not yet turned into characters. */
    public boolean composing() {
        return !composing.get().isEmpty();
    }

    /** The text to keep, or empty when nothing is written. */
    public Optional<Answer> answer() {
        String s = text.get().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(new Answer.Text(s));
    }
}
