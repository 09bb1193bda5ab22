package org.legalkiosk.kiosk.ui.booking;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.kiosk.session.Route;

/**
 * My booking, first screen: the code typed on a keypad of only the characters codes use (no 0/O or 1/I to mix
 * up), or read from the slip's QR code with the camera.
 */
public final class MyBookingViewModel {

    public static final String KEYS = BookingCode.ALPHABET;

    private final BookingFlow flow;
    private final ReadOnlyStringWrapper typed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper scanning = new ReadOnlyBooleanWrapper(false);

    public MyBookingViewModel(BookingFlow flow) {
        this.flow = flow;
        flow.context().session().form().keep("mybooking.code", typed, String.class);
    }

    public ReadOnlyStringProperty typedProperty() {
        return typed.getReadOnlyProperty();
    }

    /** What has been typed, grouped like the code on the slip: {@code 4KD-7Q}. */
    public static String shown(String typed) {
        return typed.length() > 3 ? typed.substring(0, 3) + "-" + typed.substring(3) : typed;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning.getReadOnlyProperty();
    }

    public void type(char c) {
        if (KEYS.indexOf(c) < 0 || typed.get().length() >= BookingCode.LENGTH) {
            return;
        }
        typed.set(typed.get() + c);
        problem.set("");
    }

    public void backspace() {
        String s = typed.get();
        if (!s.isEmpty()) {
            typed.set(s.substring(0, s.length() - 1));
        }
        problem.set("");
    }

    public void clear() {
        typed.set("");
        problem.set("");
    }

    public void find() {
        Optional<String> code = BookingCode.parse(typed.get());
        if (code.isEmpty()) {
            problem.set(flow.context().messages().get("mybooking.invalid"));
            return;
        }
        open(code.get());
    }

    private void open(String code) {
        if (flow.desk().find(code).isEmpty()) {
            problem.set(flow.context().messages().get("mybooking.notFound"));
            return;
        }
        flow.context().navigator().open(new Route.MyBookingDetails(code));
    }

    /** Takes a few pictures off the screen's thread; a code found opens the booking. */
    public void scan() {
        if (scanning.get()) {
            return;
        }
        scanning.set(true);
        problem.set("");
        flow.inBackground(() -> flow.context().residents().codeScanner().scan(), code -> {
            scanning.set(false);
            if (code.isPresent()) {
                typed.set(code.get());
                open(code.get());
            } else {
                problem.set(flow.context().messages().get("mybooking.noScan"));
            }
        });
    }

    public boolean canScan() {
        return flow.context().residents().codeScanner().cameraReady();
    }

    public String title() {
        return flow.context().messages().get("mybooking.title");
    }

    public String prompt() {
        return flow.context().messages().get("mybooking.prompt");
    }

    public String findLabel() {
        return flow.context().messages().get("mybooking.find");
    }

    public String scanLabel() {
        return flow.context().messages().get("mybooking.scan");
    }

    public String scanningLabel() {
        return flow.context().messages().get("mybooking.scanning");
    }

    public String spokenText() {
        String p = problem.get();
        return title() + "。" + (p.isEmpty() ? "" : p + "。") + prompt();
    }
}
