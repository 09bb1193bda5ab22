package org.legalkiosk.kiosk.ui.forms;

import java.util.stream.Collectors;

import org.legalkiosk.content.forms.Answer;
import org.legalkiosk.content.forms.CardField;
import org.legalkiosk.content.forms.ChineseAmount;
import org.legalkiosk.content.forms.FilledForm;
import org.legalkiosk.content.forms.FormQuestion;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.personal.PersonalData;

/**
 * An answer in words for the review screen and for reading aloud. On screen the visitor checks their own answers, so
 * the phone is shown in full; the ID number read from the card is masked (the card is right, and the hall can see the
 * screen). Read aloud, in a public hall, a phone and an ID number are never said in full.
 */
final class AnswerText {

    private AnswerText() {}

    static String shown(FormQuestion q, Answer a, Language language, Messages m) {
        return text(q, a, language, m, false);
    }

    static String spoken(FormQuestion q, Answer a, Language language, Messages m) {
        return text(q, a, language, m, true);
    }

    private static String text(FormQuestion q, Answer a, Language language, Messages m, boolean aloud) {
        if (a instanceof Answer.Skipped) {
            return m.get("forms.review.skipped");
        }
        if (a instanceof Answer.Choice c) {
            return q.option(c.optionId()).map(o -> o.label().in(language)).orElse("");
        }
        if (a instanceof Answer.Ticks t) {
            return q.options().stream()
                    .filter(o -> t.optionIds().contains(o.id()))
                    .map(o -> o.label().in(language))
                    .collect(Collectors.joining("、"));
        }
        if (a instanceof Answer.Amount amount) {
            return FilledForm.yuan(amount.yuan()) + "（" + ChineseAmount.of(amount.yuan()) + "）";
        }
        if (a instanceof Answer.Number n) {
            return n.value().toPlainString() + q.unit().map(u -> u.in(language)).orElse("");
        }
        if (a instanceof Answer.Date d) {
            return FilledForm.chineseDate(d.date());
        }
        if (a instanceof Answer.Text t) {
            if (q.kind() == FormQuestion.Kind.PHONE) {
                String phone = t.text();
                return aloud
                        ? m.get("forms.review.phoneSpoken", phone.substring(Math.max(0, phone.length() - 4)))
                        : phone;
            }
            return t.text();
        }
        if (a instanceof Answer.Card card) {
            String name = card.fields().getOrDefault(CardField.NAME, "");
            String id = card.fields().getOrDefault(CardField.ID_NUMBER, "");
            if (aloud || id.isEmpty()) {
                return name + "，" + m.get("forms.review.fromCard");
            }
            return name + "  " + PersonalData.maskIdNumber(id);
        }
        return "";
    }
}
