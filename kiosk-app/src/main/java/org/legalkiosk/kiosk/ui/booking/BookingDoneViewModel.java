package org.legalkiosk.kiosk.ui.booking;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.kiosk.service.booking.BookingDetails;

/**
 * The booking made: its code large enough to copy from across a table, a QR code of it, and whether the slip
 * printed; without paper the visitor photographs or copies the code, and can print again later.
 */
public final class BookingDoneViewModel {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final BookingFlow flow;
    private final String code;
    private final Optional<BookingDetails> details;
    private final ReadOnlyBooleanWrapper printed;
    private final ReadOnlyBooleanWrapper printing = new ReadOnlyBooleanWrapper(false);

    private final org.legalkiosk.kiosk.ui.feedback.FeedbackViewModel feedback;

    public BookingDoneViewModel(BookingFlow flow, String code) {
        this.flow = flow;
        this.code = code;
        this.details = flow.desk().find(code);
        this.feedback = org.legalkiosk.kiosk.ui.feedback.FeedbackViewModel.forBooking(
                flow.context().usage());
        this.printed = new ReadOnlyBooleanWrapper(flow.printed(code).orElse(false));
    }

    /** {@code 4KD-7QX}. */
    public String formattedCode() {
        return BookingCode.format(code);
    }

    /** What the QR code holds: the bare code, which My booking's scanner reads back. */
    public String qrText() {
        return code;
    }

    /** The code one character at a time, as it should be read aloud: {@code 4，K，D，7，Q，X}. */
    public String spokenCode() {
        return String.join("，", code.split(""));
    }

    public String where() {
        return details.map(d -> d.office().name() + "  " + d.office().address()).orElse("");
    }

    public String when() {
        return details.map(d -> flow.context()
                        .messages()
                        .get(
                                "booking.done.when",
                                DayStepViewModel.label(
                                        d.slot().start().toLocalDate(),
                                        flow.context().language()),
                                HH_MM.format(d.slot().start())))
                .orElse("");
    }

    public ReadOnlyBooleanProperty printedProperty() {
        return printed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty printingProperty() {
        return printing.getReadOnlyProperty();
    }

    public String printMessage(boolean ok) {
        return flow.context().messages().get(ok ? "booking.done.printed" : "booking.done.notPrinted");
    }

    public void reprint() {
        if (printing.get()) {
            return;
        }
        printing.set(true);
        flow.reprint(code, ok -> {
            printed.set(ok);
            printing.set(false);
        });
    }

    public void finish() {
        flow.context().navigator().home();
    }

    public String title() {
        return flow.context().messages().get("booking.done.title");
    }

    public String codeCaption() {
        return flow.context().messages().get("booking.done.code");
    }

    public String reprintLabel() {
        return flow.context().messages().get("booking.done.reprint");
    }

    public String printingLabel() {
        return flow.context().messages().get("booking.done.printing");
    }

    public String finishLabel() {
        return flow.context().messages().get("booking.done.finish");
    }

    public String spokenText() {
        return title() + "。" + flow.context().messages().get("booking.done.spokenCode", spokenCode()) + "。" + when()
                + "。" + where() + "。" + printMessage(printed.get());
    }

    /** 有用 / 没解决 after booking, counted anonymously for the county. */
    public org.legalkiosk.kiosk.ui.feedback.FeedbackViewModel feedback() {
        return feedback;
    }

    public org.legalkiosk.kiosk.ui.common.Messages messages() {
        return flow.context().messages();
    }
}
