package org.legalkiosk.kiosk.ui.booking;

import java.util.List;

import org.legalkiosk.kiosk.session.BookingStep;
import org.legalkiosk.kiosk.session.Route;

/** Step 1: which service (legal aid, consultation, mediation); the list comes from the schedule. */
public final class ServiceStepViewModel extends ListStepViewModel {

    public ServiceStepViewModel(BookingFlow flow) {
        super(flow, services(flow), "booking.service.prompt", 1);
    }

    private static List<Choice> services(BookingFlow flow) {
        var language = flow.context().language();
        return flow.desk().services().stream()
                .map(s -> new Choice(s.id(), BookingFlow.serviceName(s, language), null, true))
                .toList();
    }

    @Override
    public String emptyMessage() {
        return flow.context().messages().get("booking.service.none");
    }

    @Override
    public void choose(Choice choice) {
        flow.update(flow.withOnlyOffice(flow.draft().withService(choice.id())));
        flow.advance(BookingStep.SERVICE);
    }

    /** Whether there is anything to book here; a terminal without a schedule yet has nothing. */
    public boolean available() {
        return !choices().isEmpty();
    }

    /**
     * Whether to offer My booking when nothing can be booked: only where bookings were ever taken (the schedule may
     * have been emptied while bookings made before it still stand).
     */
    public boolean offersMyBooking() {
        return flow.desk().takesBookings();
    }

    /** "Booking is not available here", said plainly, for a terminal with nothing to book. */
    public String unavailableHeading() {
        return flow.context().messages().get("booking.unavailable");
    }

    /** What to do instead: the 12348 hotline or the township office. */
    public String meanwhile() {
        return flow.context().messages().get("unavailable.meanwhile");
    }

    public String homeLabel() {
        return flow.context().messages().get("booking.home");
    }

    public void goHome() {
        flow.context().navigator().home();
    }

    /** The way to an existing booking, for visitors who came back to see or cancel theirs. */
    public String myBookingLabel() {
        return flow.context().messages().get("booking.myBooking");
    }

    public String myBookingHint() {
        return flow.context().messages().get("booking.myBooking.hint");
    }

    public void openMyBooking() {
        flow.context().navigator().open(new Route.MyBooking());
    }

    @Override
    public String spokenText() {
        if (!available()) {
            return title() + "。" + unavailableHeading() + "。" + meanwhile() + homeLabel() + "。"
                    + (offersMyBooking() ? myBookingLabel() + "。" : "");
        }
        return super.spokenText() + myBookingLabel() + "。";
    }
}
