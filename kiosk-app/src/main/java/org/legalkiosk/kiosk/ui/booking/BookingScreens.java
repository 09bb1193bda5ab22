package org.legalkiosk.kiosk.ui.booking;

import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.Screen;

import java.util.Optional;

/** Builds the booking and My booking screens for their routes, all sharing one {@link BookingFlow}. */
public final class BookingScreens {

    private final BookingFlow flow;

    public BookingScreens(BookingFlow flow) {
        this.flow = flow;
    }

    /** The screen for a booking route; empty for any other route. */
    public Optional<Screen> create(Route route) {
        Messages messages = flow.context().messages();
        if (route instanceof Route.BookingStart start) {
            flow.startIfNew(start);
            return Optional.of(step(flow.firstStep(), messages));
        }
        if (route instanceof Route.BookingStep step) {
            return Optional.of(step(BookingStep.valueOf(step.step()), messages));
        }
        if (route instanceof Route.BookingDone done) {
            return Optional.of(new BookingDoneView(new BookingDoneViewModel(flow, done.code())));
        }
        if (route instanceof Route.MyBooking) {
            return Optional.of(new MyBookingView(new MyBookingViewModel(flow), messages));
        }
        if (route instanceof Route.MyBookingDetails details) {
            return Optional.of(new MyBookingDetailsView(new MyBookingDetailsViewModel(flow, details.code()), messages));
        }
        if (route instanceof Route.MyBookingCancel cancel) {
            return Optional.of(new CancelBookingView(new CancelBookingViewModel(flow, cancel.code())));
        }
        return Optional.empty();
    }

    private Screen step(BookingStep step, Messages messages) {
        return switch (step) {
            case SERVICE -> service(messages);
            case OFFICE -> new ChoiceStepView(new OfficeStepViewModel(flow), messages);
            case DAY -> new ChoiceStepView(new DayStepViewModel(flow), messages);
            case TIME -> new ChoiceStepView(new TimeStepViewModel(flow), messages);
            case WHO -> new WhoStepView(new WhoStepViewModel(flow));
            case WHO_BY_HAND -> new NameStepView(new NameStepViewModel(flow), messages);
            case WHO_ID_NUMBER -> new IdNumberStepView(new IdNumberStepViewModel(flow), messages);
            case PHONE -> new PhoneStepView(new PhoneStepViewModel(flow), messages);
            case MATTER -> new ChoiceStepView(new MatterStepViewModel(flow), messages);
            case NOTE -> new NoteStepView(new NoteStepViewModel(flow), messages);
            case REVIEW -> new ReviewStepView(new ReviewStepViewModel(flow), messages);
        };
    }

    /** The services to choose from; on a terminal with none (no schedule yet), a plain "not here" and the way on. */
    private Screen service(Messages messages) {
        ServiceStepViewModel services = new ServiceStepViewModel(flow);
        return services.available() ? new ChoiceStepView(services, messages) : new BookingUnavailableView(services);
    }
}
