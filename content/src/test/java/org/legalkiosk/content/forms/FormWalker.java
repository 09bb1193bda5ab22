package org.legalkiosk.content.forms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Walks every path through an interview: every option of every choice and yes-no question, an optional question
 * both answered and skipped, and a sample answer for each keypad, pad and card question. Multi answers never
 * steer an interview (the loader refuses a condition on one), so ticking every box covers their paths.
 */
public final class FormWalker {

    /** The sample ID card every walk reads. */
    public static final Map<CardField, String> CARD = card();

    public static final BigDecimal AMOUNT = new BigDecimal("10500");
    public static final LocalDate DATE = LocalDate.of(2024, 3, 5);
    public static final String NAME = "李四";
    public static final String PHONE = "13800138000";
    public static final String SENTENCE = "他借了钱一直不还。";

    private FormWalker() {}

    private static Map<CardField, String> card() {
        Map<CardField, String> card = new EnumMap<>(CardField.class);
        card.put(CardField.NAME, "张秀英");
        card.put(CardField.SEX, "女");
        card.put(CardField.ETHNICITY, "汉");
        card.put(CardField.BIRTH, "1956-03-12");
        card.put(CardField.ADDRESS, "示例省示例县青石镇大柳村三组12号");
        card.put(CardField.ID_NUMBER, "110101195603124523");
        return Map.copyOf(card);
    }

    /** Calls {@code atReview} once per path, with the interview at its review, and returns how many paths there are. */
    public static int everyPath(FormInterview interview, Consumer<FormInterview> atReview) {
        int[] count = {0};
        walk(interview, new ArrayList<>(), atReview, count);
        return count[0];
    }

    private static void walk(
            FormInterview interview, List<String> path, Consumer<FormInterview> atReview, int[] count) {
        if (interview.atReview()) {
            count[0]++;
            atReview.accept(interview);
            return;
        }
        assertTrue(path.size() <= 60, "no end in sight: " + path);
        FormQuestion q = interview.current().orElseThrow();
        for (Answer answer : answers(q)) {
            interview.answer(answer);
            path.add(q.id() + "=" + answer);
            walk(interview, path, atReview, count);
            path.remove(path.size() - 1);
            assertTrue(interview.back(), "back from after " + q.id());
            assertTrue(interview.current().orElseThrow().id().equals(q.id()), "back lands on " + q.id());
        }
    }

    /** The answers a walk tries for {@code q}. */
    public static List<Answer> answers(FormQuestion q) {
        List<Answer> answers = new ArrayList<>();
        switch (q.kind()) {
            case CHOICE, YES_NO -> q.options().forEach(o -> answers.add(new Answer.Choice(o.id())));
            case MULTI ->
                answers.add(new Answer.Ticks(
                        q.options().stream().map(FormOption::id).collect(Collectors.toSet())));
            case AMOUNT -> answers.add(new Answer.Amount(within(q, AMOUNT)));
            case NUMBER -> answers.add(new Answer.Number(within(q, new BigDecimal(3))));
            case DATE -> answers.add(new Answer.Date(DATE));
            case ID_CARD -> answers.add(new Answer.Card(CARD));
            case PERSON_NAME -> answers.add(new Answer.Text(NAME));
            case PHONE -> answers.add(new Answer.Text(PHONE));
            case SENTENCE -> answers.add(new Answer.Text(SENTENCE));
        }
        if (q.optional()) {
            answers.add(new Answer.Skipped());
        }
        assertFalse(answers.isEmpty(), q.id());
        return answers;
    }

    private static BigDecimal within(FormQuestion q, BigDecimal wanted) {
        BigDecimal v = wanted;
        if (q.max().isPresent() && v.compareTo(q.max().get()) > 0) {
            v = q.max().get();
        }
        if (q.min().isPresent() && v.compareTo(q.min().get()) < 0) {
            v = q.min().get();
        }
        return v;
    }

    /** The option ids ticked in a filled tick-box element. */
    public static Set<String> ticked(ElementValue value) {
        assertTrue(value instanceof ElementValue.Ticks, "not tick boxes: " + value);
        return ((ElementValue.Ticks) value)
                .ticks().stream()
                        .filter(ElementValue.Tick::ticked)
                        .map(ElementValue.Tick::label)
                        .collect(Collectors.toSet());
    }
}
