package org.legalkiosk.kiosk.ui.booking;

import java.util.List;

import org.legalkiosk.kiosk.session.BookingStep;

/** Step 7: what the matter is about, chosen from a list (no typing). */
public final class MatterStepViewModel extends ListStepViewModel {

    public MatterStepViewModel(BookingFlow flow) {
        super(flow, matters(flow), "booking.matter.prompt", 2);
    }

    private static List<Choice> matters(BookingFlow flow) {
        var m = flow.context().messages();
        return BookingFlow.MATTERS.stream()
                .map(id -> new Choice(id, m.get("booking.matter." + id), null, true))
                .toList();
    }

    @Override
    public void choose(Choice choice) {
        flow.update(flow.draft().withMatter(choice.id()));
        flow.advance(BookingStep.MATTER);
    }
}
