package org.legalkiosk.kiosk.ui.booking;

import java.util.List;

import org.legalkiosk.kiosk.session.BookingStep;

/** Step 2: which office, with its address and opening hours so the visitor knows where it is. */
public final class OfficeStepViewModel extends ListStepViewModel {

    public OfficeStepViewModel(BookingFlow flow) {
        super(flow, offices(flow), "booking.office.prompt", 1);
    }

    private static List<Choice> offices(BookingFlow flow) {
        String service = flow.draft().serviceId();
        return service == null
                ? List.of()
                : flow.desk().offices(service).stream()
                        .map(o -> new Choice(o.id(), o.name(), o.address() + "  " + o.hours(), true))
                        .toList();
    }

    @Override
    public String emptyMessage() {
        return flow.context().messages().get("booking.office.none");
    }

    @Override
    public void choose(Choice choice) {
        flow.update(flow.draft().withOffice(choice.id()));
        flow.advance(BookingStep.OFFICE);
    }
}
