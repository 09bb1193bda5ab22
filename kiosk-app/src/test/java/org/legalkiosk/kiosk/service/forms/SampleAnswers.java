package org.legalkiosk.kiosk.service.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.legalkiosk.content.forms.Answer;
import org.legalkiosk.content.forms.FormInterview;
import org.legalkiosk.content.forms.FormOption;
import org.legalkiosk.content.forms.FormQuestion;

/** A plausible answer to any question, as a villager would give it at the kiosk (the card comes from the reader). */
final class SampleAnswers {

    private SampleAnswers() {}

    static Answer to(FormQuestion q, Answer.Card card) {
        return switch (q.kind()) {
            case CHOICE, YES_NO -> new Answer.Choice(q.options().get(0).id());
            case MULTI ->
                new Answer.Ticks(
                        q.options().stream().limit(2).map(FormOption::id).collect(Collectors.toSet()));
            case AMOUNT -> new Answer.Amount(clamp(q, new BigDecimal("10500")));
            case NUMBER -> new Answer.Number(clamp(q, new BigDecimal("3")));
            case DATE -> new Answer.Date(LocalDate.of(2024, 3, 5));
            case ID_CARD -> card;
            case PERSON_NAME -> new Answer.Text("李四");
            case PHONE -> new Answer.Text("13912345678");
            case SENTENCE -> new Answer.Text("他借了钱一直不还。");
        };
    }

    static void answerAll(FormInterview interview, Answer.Card card) {
        while (!interview.atReview()) {
            interview.answer(to(interview.current().orElseThrow(), card));
        }
    }

    private static BigDecimal clamp(FormQuestion q, BigDecimal v) {
        if (q.max().isPresent() && v.compareTo(q.max().get()) > 0) {
            return q.max().get();
        }
        if (q.min().isPresent() && v.compareTo(q.min().get()) < 0) {
            return q.min().get();
        }
        return v;
    }
}
