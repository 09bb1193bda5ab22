package org.legalkiosk.kiosk.ui.forms;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.legalkiosk.content.forms.Answer;
import org.legalkiosk.content.forms.FormDefinition;
import org.legalkiosk.content.forms.FormInterview;
import org.legalkiosk.content.forms.FormQuestion;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.booking.CardResult;
import org.legalkiosk.kiosk.service.forms.FormDesk;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.explainers.ArticleChip;
import org.legalkiosk.kiosk.ui.explainers.ArticleViewModel;
import org.legalkiosk.personal.PersonalData;

/**
 * One question of a form on one screen: the question in plain words, why it is asked, the legal basis of what it
 * fills as article chips, and the answer by the one means its kind allows (big buttons, tick boxes, a keypad, the
 * handwriting pad or the ID card). An optional question has Skip. Nothing is kept until the answer is given.
 */
public final class FormQuestionViewModel {

    /** One button or tick box. */
    public record Option(String id, String label) {}

    private final FormFlow flow;
    private final Route.FormStep step;
    private final FormInterview interview;
    private final FormQuestion question;
    private final Messages m;
    private final Language language;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Map<String, ReadOnlyBooleanWrapper> ticked = new LinkedHashMap<>();
    private final KeypadEntryViewModel keypad;
    private final TextEntryViewModel text;
    private final List<ArticleChip> chips;
    private Consumer<ArticleViewModel> articleOpener = a -> {};

    FormQuestionViewModel(FormFlow flow, Route.FormStep step, FormInterview interview, FormQuestion question) {
        this.flow = flow;
        this.step = step;
        this.interview = interview;
        this.question = question;
        this.m = flow.context().messages();
        this.language = flow.context().language();
        Optional<Answer> earlier = interview.answer(question.id());
        var memory = flow.context().session().form();
        Set<String> before = earlier.filter(Answer.Ticks.class::isInstance)
                .map(a -> ((Answer.Ticks) a).optionIds())
                .orElse(Set.of());
        for (var o : question.options()) {
            ReadOnlyBooleanWrapper box = new ReadOnlyBooleanWrapper(before.contains(o.id()));
            memory.keep("forms." + question.id() + "." + o.id(), box, Boolean.class);
            ticked.put(o.id(), box);
        }
        this.keypad = switch (question.kind()) {
            case AMOUNT, NUMBER, DATE, PHONE -> new KeypadEntryViewModel(question, earlier, m, memory);
            default -> null;
        };
        if (keypad != null) {
            // A message about the last try goes as soon as the visitor types again.
            keypad.typedProperty().addListener((o, was, now) -> problem.set(""));
        }
        this.text = switch (question.kind()) {
            case PERSON_NAME, SENTENCE ->
                new TextEntryViewModel(question, earlier, flow.context().input(), m, memory, () -> problem.set(""));
            default -> null;
        };
        this.chips = FormChips.of(flow.context(), interview.form(), question);
        if (question.kind() == FormQuestion.Kind.ID_CARD) {
            flow.waitForCard(this::onCard);
        }
    }

    public FormQuestion.Kind kind() {
        return question.kind();
    }

    public String title() {
        FormDefinition f = interview.form();
        return f.title().in(language) + f.caseType().map(c -> c.in(language)).orElse("");
    }

    /** "第 3 题，共 12 题" (the total changes as answers bring questions in or leave them out). */
    public String progress() {
        return m.get("forms.progress", interview.askedPosition(), interview.askedCount());
    }

    /** What the form is for, above the first question only. */
    public Optional<String> intro() {
        return step.step() == 0 ? Optional.of(interview.form().intro().in(language)) : Optional.empty();
    }

    /** Said when a self-check answered some questions already. */
    public Optional<String> prefillNote() {
        return step.step() == 0 && interview.review().stream().anyMatch(FormInterview.ReviewLine::fromSelfCheck)
                ? Optional.of(m.get("forms.prefilled"))
                : Optional.empty();
    }

    public String prompt() {
        return question.text().in(language);
    }

    public Optional<String> help() {
        return question.help().map(h -> h.in(language));
    }

    public String basisCaption() {
        return m.get("forms.basis");
    }

    public List<ArticleChip> chips() {
        return chips;
    }

    public void setArticleOpener(Consumer<ArticleViewModel> opener) {
        this.articleOpener = opener;
    }

    public ArticleViewModel openArticle(ArticleChip chip) {
        ArticleViewModel article = new ArticleViewModel(flow.context(), chip);
        articleOpener.accept(article);
        return article;
    }

    public List<Option> options() {
        return question.options().stream()
                .map(o -> new Option(o.id(), o.label().in(language)))
                .toList();
    }

    /** The option chosen before (Back, or 修改 from the review), to show it marked. */
    public Optional<String> chosen() {
        return interview
                .answer(question.id())
                .filter(Answer.Choice.class::isInstance)
                .map(a -> ((Answer.Choice) a).optionId());
    }

    /** A choice or yes-no question: the tap is the answer. */
    public void choose(String optionId) {
        flow.answer(step, new Answer.Choice(optionId));
    }

    public ReadOnlyBooleanProperty tickedProperty(String optionId) {
        return ticked.get(optionId).getReadOnlyProperty();
    }

    public void toggle(String optionId) {
        ReadOnlyBooleanWrapper box = ticked.get(optionId);
        if (box != null) {
            box.set(!box.get());
            problem.set("");
        }
    }

    public KeypadEntryViewModel keypad() {
        return keypad;
    }

    public TextEntryViewModel text() {
        return text;
    }

    /** Whether the question has a Next button (a tap on a choice answers by itself; the card answers when read). */
    public boolean hasNext() {
        return switch (question.kind()) {
            case CHOICE, YES_NO, ID_CARD -> false;
            default -> true;
        };
    }

    public String nextLabel() {
        return m.get("booking.next");
    }

    public boolean optional() {
        return question.optional();
    }

    public String skipLabel() {
        return m.get("forms.skip");
    }

    public void skip() {
        if (question.optional()) {
            flow.answer(step, new Answer.Skipped());
        }
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Takes what was typed, ticked or written; otherwise says, in plain words, what to do. */
    public void next() {
        switch (question.kind()) {
            case MULTI -> {
                Set<String> ids = new LinkedHashSet<>();
                ticked.forEach((id, box) -> {
                    if (box.get()) {
                        ids.add(id);
                    }
                });
                if (ids.isEmpty()) {
                    problem.set(m.get(question.optional() ? "forms.multi.noneOptional" : "forms.multi.none"));
                    return;
                }
                flow.answer(step, new Answer.Ticks(ids));
            }
            case AMOUNT, NUMBER, DATE, PHONE -> {
                var result = keypad.answer(LocalDate.now(flow.context().clock()));
                if (result.answer() == null) {
                    problem.set(result.problem());
                    return;
                }
                flow.answer(step, result.answer());
            }
            case PERSON_NAME, SENTENCE -> {
                Optional<Answer> a = text.answer();
                if (a.isEmpty()) {
                    problem.set(m.get(
                            text.composing()
                                    ? "booking.hand.chooseCharacters"
                                    : question.optional() ? "forms.text.emptyOptional" : "forms.text.empty"));
                    return;
                }
                flow.answer(step, a.get());
            }
            default -> {}
        }
    }

    private void onCard(FormDesk.CardReading reading) {
        switch (reading.outcome()) {
            case READ -> {
                Answer.Card card = reading.answer().orElseThrow();
                String id = card.fields().get(org.legalkiosk.content.forms.CardField.ID_NUMBER);
                if (id != null && !PersonalData.isValidIdNumber(id)) {
                    problem.set(m.get("forms.card.bad"));
                    flow.waitForCard(this::onCard);
                    return;
                }
                try {
                    flow.answer(step, card);
                } catch (IllegalArgumentException e) {
                    // The card lacks a field the form needs (an old card without an address, say).
                    problem.set(m.get("forms.card.bad"));
                    flow.waitForCard(this::onCard);
                }
            }
            case NO_READER -> problem.set(m.get("forms.card.noReader"));
            case READ_ERROR, CARD_REMOVED -> {
                problem.set(m.get(
                        reading.outcome() == CardResult.Outcome.READ_ERROR
                                ? "booking.who.readError"
                                : "booking.who.removed"));
                flow.waitForCard(this::onCard);
            }
        }
    }

    public String cardHint() {
        return m.get("booking.who.hint");
    }

    public String spokenText() {
        StringBuilder sb = new StringBuilder(title()).append("。");
        intro().ifPresent(i -> sb.append(i));
        prefillNote().ifPresent(n -> sb.append(n));
        sb.append(progress()).append("。");
        String p = problem.get();
        if (!p.isEmpty()) {
            sb.append(p).append("。");
        }
        sb.append(prompt());
        help().ifPresent(sb::append);
        for (Option o : options()) {
            sb.append(o.label()).append("。");
        }
        if (question.kind() == FormQuestion.Kind.ID_CARD) {
            sb.append(cardHint());
        }
        if (question.optional()) {
            sb.append(skipLabel()).append("。");
        }
        return sb.toString();
    }
}
