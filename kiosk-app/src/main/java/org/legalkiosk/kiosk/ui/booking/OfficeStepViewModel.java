package org.legalkiosk.kiosk.ui.booking;

import java.util.List;

/** Step 2: which office, with its address and opening hours so the visitor knows where it is. */
public final class OfficeStepViewModel implements ChoiceStepModel {

    private final BookingFlow flow;
    private final List<Choice> choices;

    public OfficeStepViewModel(BookingFlow flow) {
        this.flow = flow;
        String service = flow.draft().serviceId();
        this.choices = service == null ? List.of() : flow.desk().offices(service).stream()
                .map(o -> new Choice(o.id(), o.name(), o.address() + "  " + o.hours(), true)).toList();
    }

    @Override
    public String title() {
        return flow.context().messages().get("booking.title");
    }

    @Override
    public String prompt() {
        return flow.context().messages().get("booking.office.prompt");
    }

    @Override
    public String emptyMessage() {
        return flow.context().messages().get("booking.office.none");
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
        return 1;
    }

    @Override
    public void choose(Choice choice) {
        flow.update(flow.draft().withOffice(choice.id()));
        flow.advance(BookingStep.OFFICE);
    }
}
