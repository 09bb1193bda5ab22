package org.legalkiosk.kiosk.ui.booking;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.legalkiosk.booking.domain.BookingCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Are you sure? A cancelled booking gives the seat away, so it takes a second, deliberate tap. */
public final class CancelBookingViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CancelBookingViewModel.class);

    private final BookingFlow flow;
    private final String code;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public CancelBookingViewModel(BookingFlow flow, String code) {
        this.flow = flow;
        this.code = code;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Cancels, then goes back to the booking, which now shows it cancelled. */
    public void yes() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        flow.inBackground(
                () -> {
                    try {
                        flow.desk().cancel(code);
                        return true;
                    } catch (RuntimeException e) {
                        // Already cancelled or attended elsewhere: the details screen shows the state as it is.
                        LOG.warn("Cancel of {} refused: {}", code, e.getMessage());
                        return false;
                    }
                },
                ok -> {
                    busy.set(false);
                    flow.context().navigator().back();
                });
    }

    public void no() {
        flow.context().navigator().back();
    }

    public String title() {
        return flow.context().messages().get("mybooking.title");
    }

    public String prompt() {
        return flow.context().messages().get("mybooking.cancel.prompt");
    }

    public String code() {
        return BookingCode.format(code);
    }

    public String yesLabel() {
        return flow.context().messages().get("mybooking.cancel.yes");
    }

    public String noLabel() {
        return flow.context().messages().get("mybooking.cancel.no");
    }

    public String spokenText() {
        return title() + "。" + prompt() + "。" + yesLabel() + "。" + noLabel();
    }
}
