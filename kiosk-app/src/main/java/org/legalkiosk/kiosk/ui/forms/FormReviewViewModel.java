package org.legalkiosk.kiosk.ui.forms;

import java.util.List;

import org.legalkiosk.content.forms.FormInterview;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * The last step before the preview: every answer that will be printed, in the order asked, each with 修改 beside it
 * (answers a self-check gave are marked so); then "see how it will print".
 */
public final class FormReviewViewModel {

    /** One answered question. */
    public record Line(String questionId, String question, String answer, String spoken, boolean fromSelfCheck) {}

    private final FormFlow flow;
    private final Route.FormStep step;
    private final FormInterview interview;
    private final Messages m;
    private final Language language;

    FormReviewViewModel(FormFlow flow, Route.FormStep step, FormInterview interview) {
        this.flow = flow;
        this.step = step;
        this.interview = interview;
        this.m = flow.context().messages();
        this.language = flow.context().language();
    }

    public String title() {
        var f = interview.form();
        return f.title().in(language) + f.caseType().map(c -> c.in(language)).orElse("");
    }

    public String prompt() {
        return m.get("forms.review.prompt");
    }

    public List<Line> lines() {
        return interview.review().stream()
                .map(l -> new Line(
                        l.question().id(),
                        l.question().text().in(language),
                        AnswerText.shown(l.question(), l.answer(), language, m),
                        AnswerText.spoken(l.question(), l.answer(), language, m),
                        l.fromSelfCheck()))
                .toList();
    }

    public String changeLabel() {
        return m.get("forms.review.change");
    }

    public String fromSelfCheckLabel() {
        return m.get("forms.review.fromSelfCheck");
    }

    public void change(String questionId) {
        flow.change(step, questionId);
    }

    public String previewLabel() {
        return m.get("forms.review.preview");
    }

    public void preview() {
        flow.context().navigator().open(new Route.FormPreview(step.formId()));
    }

    public String spokenText() {
        StringBuilder sb = new StringBuilder(title()).append("。").append(prompt());
        for (Line l : lines()) {
            sb.append(l.question()).append(l.spoken()).append("。");
        }
        return sb.append(previewLabel()).append("。").toString();
    }
}
