package org.legalkiosk.kiosk.ui.booking;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.legalkiosk.kiosk.booking.domain.BookingCode;
import org.legalkiosk.kiosk.booking.domain.BookingState;
import org.legalkiosk.kiosk.service.booking.BookingDetails;
import org.legalkiosk.kiosk.service.booking.PersonalData;
import org.legalkiosk.kiosk.session.Route;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** My booking, one booking: its status, where and when; reprint the slip, or cancel it while it stands. */
public final class MyBookingDetailsViewModel {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final BookingFlow flow;
    private final String code;
    private final Optional<BookingDetails> details;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public MyBookingDetailsViewModel(BookingFlow flow, String code) {
        this.flow = flow;
        this.code = code;
        this.details = flow.desk().find(code);
    }

    public String formattedCode() {
        return BookingCode.format(code);
    }

    public String status() {
        return details.map(d -> flow.context().messages().get("mybooking.state." + d.booking().state().name()))
                .orElse(flow.context().messages().get("mybooking.notFound"));
    }

    public List<ReviewStepViewModel.Row> rows() {
        if (details.isEmpty()) {
            return List.of();
        }
        var m = flow.context().messages();
        var language = flow.context().language();
        BookingDetails d = details.get();
        List<ReviewStepViewModel.Row> rows = new ArrayList<>();
        rows.add(new ReviewStepViewModel.Row(m.get("booking.review.service"),
                BookingFlow.serviceName(d.service(), language)));
        rows.add(new ReviewStepViewModel.Row(m.get("booking.review.office"),
                d.office().name() + "\n" + d.office().address() + "  " + d.office().phone()));
        rows.add(new ReviewStepViewModel.Row(m.get("booking.review.time"),
                DayStepViewModel.label(d.slot().start().toLocalDate(), language) + "  "
                        + HH_MM.format(d.slot().start())));
        rows.add(new ReviewStepViewModel.Row(m.get("booking.review.name"), PersonalData.maskName(d.booking().name())));
        rows.add(new ReviewStepViewModel.Row(m.get("booking.review.phone"),
                PersonalData.maskPhone(d.booking().phone())));
        return rows;
    }

    /** How the state looks, not only what it says: standing (green, tick), cancelled or refused (red, cross), over. */
    public enum Look { STANDS, CANCELLED, OVER, MISSING }

    public Look look() {
        return details.map(d -> switch (d.booking().state()) {
            case CONFIRMED -> Look.STANDS;
            case CANCELLED, REJECTED -> Look.CANCELLED;
            default -> Look.OVER;
        }).orElse(Look.MISSING);
    }

    /** Only a booking that still holds its seat can be reprinted or cancelled. */
    public boolean confirmed() {
        return details.map(d -> d.booking().state() == BookingState.CONFIRMED).orElse(false);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void reprint() {
        message.set(flow.context().messages().get("booking.done.printing"));
        flow.reprint(code, ok -> message.set(flow.context().messages().get(
                ok ? "booking.done.printed" : "booking.done.notPrinted")));
    }

    public void cancel() {
        flow.context().navigator().open(new Route.MyBookingCancel(code));
    }

    public String title() {
        return flow.context().messages().get("mybooking.title");
    }

    public String codeCaption() {
        return flow.context().messages().get("booking.done.code");
    }

    public String reprintLabel() {
        return flow.context().messages().get("booking.done.reprint");
    }

    public String cancelLabel() {
        return flow.context().messages().get("mybooking.cancel");
    }

    public String spokenText() {
        StringBuilder sb = new StringBuilder(title()).append("。").append(codeCaption()).append(" ")
                .append(String.join("，", code.split(""))).append("。").append(flow.context().messages()
                        .get("mybooking.status")).append("：").append(status()).append("。");
        rows().forEach(r -> sb.append(r.label()).append("：").append(r.value().replace('\n', ' ')).append("。"));
        if (!message.get().isEmpty()) {
            sb.append(message.get());
        }
        return sb.toString();
    }
}
