package org.legalkiosk.content.forms;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.legalkiosk.content.selfcheck.SelfCheckResult;

/**
 * One villager's walk through a form: one question at a time, Back, a final review with "change" beside each answer,
 * and the filled-in form. Answers live only in this object; {@link #wipe()} forgets them (the kiosk does so at idle
 * and after printing, as for a booking draft).
 * <p>
 * The next question is always the first one after the current that applies (its condition holds) and is not yet
 * answered; when there is none, the interview is at the review. Changing an answer from the review therefore asks only
 * what the change newly brings in and returns to the review; answers to questions that no longer apply are ignored.
 */
public final class FormInterview {

    /** A line of the review: the question, the answer as it will be printed, whether a self-check gave it. */
    public record ReviewLine(FormQuestion question, Answer answer, boolean fromSelfCheck) {}

    static final int MAX_TEXT = 200;

    private final FormDefinition form;
    private final Map<String, Answer> answers = new HashMap<>();
    private final Set<String> prefilled = new HashSet<>();
    private final Deque<String> visited = new ArrayDeque<>();
    private String current;

    FormInterview(FormDefinition form) {
        this.form = Objects.requireNonNull(form, "form");
        this.current = nextAfter(-1);
    }

    public FormDefinition form() {
        return form;
    }

    /**
     * Answers every question an option of which names the self-check's outcome or matter, so the villager is not
     * asked again what the self-check already told; each stays in the review with "change" beside it.
     */
    public FormInterview prefill(SelfCheckResult result) {
        if (form.prefillFrom().isEmpty() || !form.prefillFrom().get().equals(result.checkId())) {
            return this;
        }
        Set<String> said = new HashSet<>();
        said.add(result.outcomeId());
        result.matter().ifPresent(m -> said.add(m.id()));
        for (FormQuestion q : form.questions()) {
            if (q.kind() == FormQuestion.Kind.CHOICE || q.kind() == FormQuestion.Kind.YES_NO) {
                q.options().stream()
                        .filter(o -> o.fromSelfCheck().stream().anyMatch(said::contains))
                        .findFirst()
                        .ifPresent(o -> {
                            answers.put(q.id(), new Answer.Choice(o.id()));
                            prefilled.add(q.id());
                        });
            }
        }
        if (current != null && answers.containsKey(current)) {
            current = nextAfter(-1);
        }
        return this;
    }

    /** The question on screen, or empty at the review. */
    public Optional<FormQuestion> current() {
        return Optional.ofNullable(current).flatMap(form::question);
    }

    public boolean atReview() {
        return current == null;
    }

    /** The answer given so far to {@code questionId}, so a screen opened by "change" shows it. */
    public Optional<Answer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    /** How many questions that apply are answered, and how many apply in all, for the progress line. */
    public int answeredCount() {
        return (int)
                applicable().stream().filter(q -> answers.containsKey(q.id())).count();
    }

    public int applicableCount() {
        return applicable().size();
    }

    /**
     * The current question's place among the questions this visitor is asked (1-based), for "第 3 题，共 8 题". A
     * question filled in from the self-check is not asked, so it is not counted; opened again from the review it
     * counts while it shows. At the review, one past the last.
     */
    public int askedPosition() {
        List<FormQuestion> asked = asked();
        for (int i = 0; i < asked.size(); i++) {
            if (asked.get(i).id().equals(current)) {
                return i + 1;
            }
        }
        return asked.size() + 1;
    }

    /** How many questions this visitor is asked in all: those that apply, less those filled in for them. */
    public int askedCount() {
        return asked().size();
    }

    private List<FormQuestion> asked() {
        return applicable().stream()
                .filter(q -> !prefilled.contains(q.id()) || q.id().equals(current))
                .toList();
    }

    /**
     * Answers the current question.
     *
     * @throws IllegalStateException at the review
     * @throws IllegalArgumentException when the answer does not fit the question (kind, option, range, length);
     *     the message never repeats what was typed
     */
    public void answer(Answer answer) {
        FormQuestion q = current().orElseThrow(() -> new IllegalStateException("at the review; change() a question"));
        String problem = problem(q, answer);
        if (problem != null) {
            throw new IllegalArgumentException("question '" + q.id() + "': " + problem);
        }
        answers.put(q.id(), answer);
        prefilled.remove(q.id());
        visited.push(q.id());
        current = nextAfter(index(q.id()));
    }

    /** Leaves out an optional question. */
    public void skip() {
        answer(new Answer.Skipped());
    }

    /** Back one screen (from the review, to the last question answered); false at the first question. */
    public boolean back() {
        if (visited.isEmpty()) {
            return false;
        }
        current = visited.pop();
        return true;
    }

    /** Opens {@code questionId} from the review; answering it returns to the review unless it brings in a question. */
    public void change(String questionId) {
        FormQuestion q = form.question(questionId)
                .filter(this::applies)
                .orElseThrow(() -> new IllegalArgumentException("no question '" + questionId + "' to change"));
        if (current != null) {
            visited.push(current);
        }
        current = q.id();
    }

    /**
     * Puts the interview back at a screen shown before: {@code questionId} when it still applies, otherwise (or when
     * empty, for the review) the first unanswered question or the review. For screens whose Back is the kiosk's own
     * route history rather than {@link #back()}; answers are kept, so the question shows what was chosen.
     */
    public void resume(Optional<String> questionId) {
        current = questionId
                .flatMap(form::question)
                .filter(this::applies)
                .map(FormQuestion::id)
                .orElseGet(() -> nextAfter(-1));
    }

    /** Every answer that applies, in the order asked; the review screen shows a "change" button beside each. */
    public List<ReviewLine> review() {
        List<ReviewLine> lines = new ArrayList<>();
        for (FormQuestion q : applicable()) {
            Answer a = answers.get(q.id());
            if (a != null) {
                lines.add(new ReviewLine(q, a, prefilled.contains(q.id())));
            }
        }
        return lines;
    }

    /**
     * The form filled in from the answers that apply.
     *
     * @throws IllegalStateException before the review: a form is printed only once every question is answered
     */
    public FilledForm fill() {
        if (!atReview()) {
            throw new IllegalStateException("question '" + current + "' is not answered yet");
        }
        Map<String, Answer> applying = new HashMap<>();
        applicable().forEach(q -> applying.put(q.id(), answers.get(q.id())));
        return FilledForm.of(form, applying);
    }

    /** Forgets every answer and starts again at the first question. */
    public void wipe() {
        answers.clear();
        prefilled.clear();
        visited.clear();
        current = nextAfter(-1);
    }

    private List<FormQuestion> applicable() {
        return form.questions().stream().filter(this::applies).toList();
    }

    private boolean applies(FormQuestion q) {
        if (q.when().isEmpty()) {
            return true;
        }
        Condition c = q.when().get();
        Optional<FormQuestion> earlier = form.question(c.questionId());
        if (earlier.isEmpty() || !applies(earlier.get())) {
            return false;
        }
        Answer a = answers.get(c.questionId());
        return a instanceof Answer.Choice choice && c.options().contains(choice.optionId());
    }

    private String nextAfter(int index) {
        List<FormQuestion> all = form.questions();
        for (int i = index + 1; i < all.size(); i++) {
            FormQuestion q = all.get(i);
            if (applies(q) && !answers.containsKey(q.id())) {
                return q.id();
            }
        }
        return null;
    }

    private int index(String questionId) {
        List<FormQuestion> all = form.questions();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(questionId)) {
                return i;
            }
        }
        throw new IllegalStateException(questionId);
    }

    /** Why {@code answer} does not fit {@code q}, or null. Never quotes the answer: it may be personal. */
    static String problem(FormQuestion q, Answer answer) {
        Objects.requireNonNull(answer, "answer");
        if (answer instanceof Answer.Skipped) {
            return q.optional() ? null : "this question cannot be skipped";
        }
        return switch (q.kind()) {
            case CHOICE, YES_NO ->
                answer instanceof Answer.Choice c
                        ? (q.option(c.optionId()).isPresent() ? null : "no option '" + c.optionId() + "'")
                        : "needs one of its options";
            case MULTI -> answer instanceof Answer.Ticks t ? ticks(q, t) : "needs ticked options";
            case AMOUNT -> answer instanceof Answer.Amount a ? amount(q, a.yuan()) : "needs an amount";
            case NUMBER -> answer instanceof Answer.Number n ? number(q, n.value()) : "needs a number";
            case DATE -> answer instanceof Answer.Date ? null : "needs a date";
            case ID_CARD -> answer instanceof Answer.Card c ? card(q, c) : "needs the ID card";
            case PERSON_NAME -> text(answer, 1, 30);
            case PHONE ->
                answer instanceof Answer.Text t && t.text().matches("[0-9]{7,15}") ? null : "needs 7 to 15 digits";
            case SENTENCE -> text(answer, 1, MAX_TEXT);
        };
    }

    private static String ticks(FormQuestion q, Answer.Ticks t) {
        for (String id : t.optionIds()) {
            if (q.option(id).isEmpty()) {
                return "no option '" + id + "'";
            }
        }
        return t.optionIds().isEmpty() ? "tick at least one box" : null;
    }

    private static String amount(FormQuestion q, BigDecimal yuan) {
        String problem = ChineseAmount.problem(yuan);
        return problem != null ? problem : range(q, yuan);
    }

    private static String number(FormQuestion q, BigDecimal value) {
        if (value.stripTrailingZeros().scale() > 0) {
            return "needs a whole number";
        }
        return range(q, value);
    }

    private static String range(FormQuestion q, BigDecimal value) {
        if (q.min().isPresent() && value.compareTo(q.min().get()) < 0) {
            return "below the smallest allowed, " + q.min().get().toPlainString();
        }
        if (q.max().isPresent() && value.compareTo(q.max().get()) > 0) {
            return "above the largest allowed, " + q.max().get().toPlainString();
        }
        return null;
    }

    private static String card(FormQuestion q, Answer.Card c) {
        for (CardField field : q.cardFills().keySet()) {
            String value = c.fields().get(field);
            if (value == null || value.isBlank()) {
                return "the card gave no " + field.yamlName();
            }
        }
        return null;
    }

    private static String text(Answer answer, int min, int max) {
        if (!(answer instanceof Answer.Text t)) {
            return "needs text";
        }
        String s = t.text().strip();
        if (s.length() < min || s.length() > max) {
            return "needs " + min + " to " + max + " characters, got " + s.length();
        }
        if (s.codePoints().anyMatch(Character::isISOControl)) {
            return "control characters are not allowed";
        }
        return null;
    }
}
