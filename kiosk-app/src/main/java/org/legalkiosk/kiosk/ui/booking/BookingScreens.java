package org.legalkiosk.kiosk.ui.booking;

import org.legalkiosk.kiosk.session.BookingStep;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.ReadAloud;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.ScreenFeature;
import org.legalkiosk.kiosk.ui.common.ScreenRegistry;

/** The booking and My booking screens, all sharing one {@link BookingFlow}. */
public final class BookingScreens implements ScreenFeature {

    private final BookingFlow flow;
    private final ReadAloud readAloud;

    public BookingScreens(BookingFlow flow, ReadAloud readAloud) {
        this.flow = flow;
        this.readAloud = readAloud;
    }

    @Override
    public void registerScreens(ScreenRegistry screens) {
        screens.register(Route.BookingStart.class, start -> {
            flow.startIfNew(start);
            return step(flow.firstStep());
        });
        screens.register(Route.Booking.class, booking -> step(booking.step()));
        screens.register(
                Route.BookingDone.class, done -> new BookingDoneView(new BookingDoneViewModel(flow, done.code())));
        screens.register(Route.MyBooking.class, r -> new MyBookingView(new MyBookingViewModel(flow), messages()));
        screens.register(
                Route.MyBookingDetails.class,
                details -> new MyBookingDetailsView(new MyBookingDetailsViewModel(flow, details.code()), messages()));
        screens.register(
                Route.MyBookingCancel.class,
                cancel -> new CancelBookingView(new CancelBookingViewModel(flow, cancel.code())));
    }

    private Messages messages() {
        return flow.context().messages();
    }

    private Screen step(BookingStep step) {
        Messages messages = messages();
        return switch (step) {
            case SERVICE -> service(messages);
            case OFFICE -> new ChoiceStepView(new OfficeStepViewModel(flow), messages, readAloud);
            case DAY -> new ChoiceStepView(new DayStepViewModel(flow), messages, readAloud);
            case TIME -> new ChoiceStepView(new TimeStepViewModel(flow), messages, readAloud);
            case WHO -> new WhoStepView(new WhoStepViewModel(flow));
            case WHO_BY_HAND -> new NameStepView(new NameStepViewModel(flow), messages);
            case WHO_ID_NUMBER -> DigitStepView.idNumber(new IdNumberStepViewModel(flow), messages);
            case PHONE -> DigitStepView.phone(new PhoneStepViewModel(flow), messages);
            case MATTER -> new ChoiceStepView(new MatterStepViewModel(flow), messages, readAloud);
            case NOTE -> new NoteStepView(new NoteStepViewModel(flow), messages);
            case REVIEW -> new ReviewStepView(new ReviewStepViewModel(flow), messages);
        };
    }

    /** The services to choose from; on a terminal with none (no schedule yet), a plain "not here" and the way on. */
    private Screen service(Messages messages) {
        ServiceStepViewModel services = new ServiceStepViewModel(flow);
        return services.available()
                ? new ChoiceStepView(services, messages, readAloud)
                : new BookingUnavailableView(services);
    }
}
