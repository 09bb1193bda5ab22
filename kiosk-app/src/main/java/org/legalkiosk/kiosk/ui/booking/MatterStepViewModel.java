package org.legalkiosk.kiosk.ui.booking;

import java.util.List;

/** Step 7: what the matter is about, chosen from a list (no typing). */
public final class MatterStepViewModel implements ChoiceStepModel {

    private final BookingFlow flow;
    private final List<Choice> choices;

    public MatterStepViewModel(BookingFlow flow) {
        this.flow = flow;
        var m = flow.context().messages();
        this.choices = BookingFlow.MATTERS.stream()
                .map(id -> new Choice(id, m.get("booking.matter." + id), null, true)).toList();
    }

    @Override
    public String title() {
        return flow.context().messages().get("booking.title");
    }

    @Override
    public String prompt() {
        return flow.context().messages().get("booking.matter.prompt");
    }

    @Override
    public String emptyMessage() {
        return "";
    }

    @Override
    public String notice() {
        return "";
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
        flow.update(flow.draft().withMatter(choice.id()));
        flow.advance(BookingStep.MATTER);
    }
}
