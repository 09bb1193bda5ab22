package org.legalkiosk.kiosk.ui.selfcheck;

import java.util.List;
import java.util.Optional;

import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.selfcheck.Hardship;
import org.legalkiosk.content.selfcheck.Question;
import org.legalkiosk.content.selfcheck.SelfCheck;
import org.legalkiosk.content.selfcheck.SelfCheckSession;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.ScreenContext;

/**
 * One question of the self-check with its answers as big buttons. Built for the route "the question after N
 * answers": building it takes back any later answers, which is how Back undoes an answer.
 */
public final class SelfCheckQuestionViewModel {

    /** One answer button. */
    public record Choice(String id, String label) {}

    /** The county's hardship standard under the question; {@code exampleWarning} is set when it is a placeholder. */
    public record HardshipBox(String caption, String description, Optional<String> exampleWarning) {}

    private final ScreenContext context;
    private final SelfCheckJourney journey;
    private final int answered;
    private final SelfCheck check;
    private final Question question;
    private final Messages m;

    /**
     * @throws IllegalStateException when the journey has no question after {@code answered} answers (the factory
     *                               shows the introduction instead)
     */
    public SelfCheckQuestionViewModel(ScreenContext context, SelfCheckJourney journey, int answered) {
        this.context = context;
        this.journey = journey;
        this.answered = answered;
        SelfCheckSession session = journey.after(answered)
                .orElseThrow(() -> new IllegalStateException("no self-check walk with " + answered + " answers"));
        this.check = journey.check().orElseThrow();
        this.question =
                session.current().orElseThrow(() -> new IllegalStateException("the self-check is already finished"));
        this.m = context.messages();
    }

    /** Whether {@code journey} can show a question after {@code answered} answers. */
    public static boolean canShow(SelfCheckJourney journey, int answered) {
        return journey.after(answered).flatMap(SelfCheckSession::current).isPresent();
    }

    public String title() {
        return check.title().in(context.language());
    }

    /** "第 2 题 · 最多还有 3 题": where the visitor is, and the most that can still come. */
    public String progress() {
        int more = QuestionCount.atMost(check, question) - 1;
        String rest = more == 0 ? m.get("selfCheck.progress.last") : m.get("selfCheck.progress.more", more);
        return m.get("selfCheck.progress", answered + 1) + "  ·  " + rest;
    }

    public String questionText() {
        return question.text().in(context.language());
    }

    /** Yes/no questions get two wide buttons side by side; choices a list. */
    public boolean isYesNo() {
        return question.kind() == Question.Kind.YES_NO;
    }

    public List<Choice> choices() {
        Language language = context.language();
        return question.options().stream()
                .map(o -> new Choice(o.id(), o.label().in(language)))
                .toList();
    }

    public Optional<HardshipBox> hardship() {
        if (!question.showsHardship()) {
            return Optional.empty();
        }
        return check.hardship().map(this::box);
    }

    private HardshipBox box(Hardship h) {
        Language language = context.language();
        return new HardshipBox(
                m.get("selfCheck.hardship.caption", h.county().in(language)),
                h.description().in(language),
                h.example() ? Optional.of(m.get("selfCheck.hardship.example")) : Optional.empty());
    }

    public String answerHint() {
        return m.get("selfCheck.answerHint");
    }

    /** Records the answer and opens the next question, or the result. */
    public void answer(Choice choice) {
        journey.answer(choice.id());
        boolean finished = journey.session().map(SelfCheckSession::isFinished).orElse(false);
        context.navigator().open(finished ? new Route.SelfCheckOutcome() : new Route.SelfCheckQuestion(answered + 1));
    }

    public String spokenText() {
        StringBuilder sb = new StringBuilder(progress()).append("。").append(questionText());
        hardship().ifPresent(h -> {
            sb.append(h.caption()).append("：").append(h.description());
            h.exampleWarning().ifPresent(sb::append);
        });
        sb.append(answerHint()).append("：");
        sb.append(String.join("；", choices().stream().map(Choice::label).toList()))
                .append("。");
        return sb.toString();
    }
}
