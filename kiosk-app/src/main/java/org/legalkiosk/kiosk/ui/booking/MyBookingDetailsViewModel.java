package org.legalkiosk.kiosk.ui.booking;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.booking.domain.OfficeDecision;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.booking.BookingDetails;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.personal.PersonalData;

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

    /**
     * Where the booking stands, in the office's words once it decided ("司法所已确认", "已取消：原因"), else in the
     * terminal's own ("已预约", "已取消" when the visitor cancelled here). A cancellation's list reason is said in the
     * visitor's language, the officer's own words after it as typed (docs/decisions/0095).
     */
    public String status() {
        var m = flow.context().messages();
        boolean english = flow.context().language() == Language.EN;
        return details.map(d -> decision(d)
                        .map(o -> o.kind() == OfficeDecision.Kind.CANCELLED && o.reasonIn(english) != null
                                ? m.get("mybooking.decision.CANCELLED.reason", o.reasonIn(english))
                                : m.get("mybooking.decision." + o.kind().name()))
                        .orElse(m.get("mybooking.state." + d.booking().state().name())))
                .orElse(m.get("mybooking.notFound"));
    }

    /** What to do now, in a sentence under the status; empty when there is nothing to add. */
    public String hint() {
        var m = flow.context().messages();
        return details.map(d -> decision(d)
                        .map(o -> m.get("mybooking.hint." + o.kind().name()))
                        .orElse(d.booking().state() == BookingState.CONFIRMED ? m.get("mybooking.hint.awaiting") : ""))
                .orElse("");
    }

    /** The office's decision, when it is what the booking now is (the visitor's own cancellation comes first). */
    private static Optional<OfficeDecision> decision(BookingDetails d) {
        return Optional.ofNullable(d.decision())
                .filter(o -> o.kind().state() == d.booking().state());
    }

    public List<ReviewStepViewModel.Row> rows() {
        if (details.isEmpty()) {
            return List.of();
        }
        var m = flow.context().messages();
        var language = flow.context().language();
        BookingDetails d = details.get();
        List<ReviewStepViewModel.Row> rows = new ArrayList<>();
        rows.add(new ReviewStepViewModel.Row(
                m.get("booking.review.service"), BookingFlow.serviceName(d.service(), language)));
        rows.add(new ReviewStepViewModel.Row(
                m.get("booking.review.office"),
                d.office().name() + "\n" + d.office().address() + "  "
                        + d.office().phone()));
        rows.add(new ReviewStepViewModel.Row(
                m.get("booking.review.time"),
                DayStepViewModel.label(d.slot().start().toLocalDate(), language) + "  "
                        + HH_MM.format(d.slot().start())));
        rows.add(new ReviewStepViewModel.Row(
                m.get("booking.review.name"), PersonalData.maskName(d.booking().name())));
        rows.add(new ReviewStepViewModel.Row(
                m.get("booking.review.phone"),
                PersonalData.maskPhone(d.booking().phone())));
        return rows;
    }

    /** How the state looks, not only what it says: standing (green, tick), cancelled or refused (red, cross), over. */
    public enum Look {
        STANDS,
        CANCELLED,
        OVER,
        MISSING
    }

    public Look look() {
        return details.map(d -> switch (d.booking().state()) {
                    case CONFIRMED -> Look.STANDS;
                    case CANCELLED, REJECTED -> Look.CANCELLED;
                    default -> Look.OVER;
                })
                .orElse(Look.MISSING);
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
        flow.reprint(
                code,
                ok -> message.set(
                        flow.context().messages().get(ok ? "booking.done.printed" : "booking.done.notPrinted")));
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
        StringBuilder sb = new StringBuilder(title())
                .append("。")
                .append(codeCaption())
                .append(" ")
                .append(String.join("，", code.split("")))
                .append("。")
                .append(flow.context().messages().get("mybooking.status"))
                .append("：")
                .append(status())
                .append("。");
        if (!hint().isEmpty()) {
            sb.append(hint());
        }
        rows().forEach(r -> sb.append(r.label())
                .append("：")
                .append(r.value().replace('\n', ' '))
                .append("。"));
        if (!message.get().isEmpty()) {
            sb.append(message.get());
        }
        return sb.toString();
    }
}
