package org.legalkiosk.kiosk.ui.forms;

import java.util.List;

import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.ui.booking.ChoiceStepModel;
import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * "帮我填表": the forms of this terminal's content as large cards (the title and case type, what it is for), on the
 * booking's list screen so it reads and behaves like every other list. A tap starts the form with nothing answered.
 */
public final class FormChooserViewModel implements ChoiceStepModel {

    private final FormFlow flow;
    private final Messages m;
    private final List<Choice> choices;

    FormChooserViewModel(FormFlow flow) {
        this.flow = flow;
        this.m = flow.context().messages();
        Language language = m.language();
        // By form number: the applications (LK-F0n) before the complaints to a court (LK-F1n).
        this.choices = flow.desk().forms().stream()
                .sorted(java.util.Comparator.comparing(org.legalkiosk.content.forms.FormDefinition::number))
                .map(f -> new Choice(
                        f.id(),
                        f.title().in(language)
                                + f.caseType().map(c -> c.in(language)).orElse(""),
                        f.intro().in(language),
                        true))
                .toList();
    }

    @Override
    public String title() {
        return m.get("forms.title");
    }

    @Override
    public String prompt() {
        return m.get("forms.choose.prompt");
    }

    @Override
    public String emptyMessage() {
        return m.get("forms.choose.none");
    }

    /** Before the list: what happens to the answers, so nobody worries about leaving them on a public machine. */
    @Override
    public String notice() {
        return m.get("forms.choose.notice");
    }

    @Override
    public List<Choice> choices() {
        return choices;
    }

    @Override
    public int columns() {
        return 2;
    }

    @Override
    public void choose(Choice choice) {
        flow.open(choice.id(), false);
    }
}
