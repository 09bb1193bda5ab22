package org.legalkiosk.kiosk.ui.demo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.kiosk.service.devices.DemoDeviceControls;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's device panel: buttons that do to the simulated devices what a visitor would do to real ones, and a
 * line per device saying what state it is in now. It exists only in the demo ({@link #available()}), so a
 * demonstrator can show what the kiosk does when the printer runs out of paper without opening a printer.
 */
public final class DemoPanelViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPanelViewModel.class);

    private final DemoDeviceControls controls;
    private final Supplier<List<DeviceStatus>> states;
    private final Supplier<Optional<String>> lastBookingCode;
    private final Supplier<Messages> messages;
    private final ReadOnlyObjectWrapper<List<String>> stateLines = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");

    /**
     * @param controls        the simulated devices' controls; {@link DemoDeviceControls#none()} outside the demo
     * @param states          every device's status, asked again after each action and each {@link #refresh()}
     * @param lastBookingCode the booking code the camera can be shown, when a booking has been made
     * @param messages        the words in the visitor's current language
     */
    public DemoPanelViewModel(
            DemoDeviceControls controls,
            Supplier<List<DeviceStatus>> states,
            Supplier<Optional<String>> lastBookingCode,
            Supplier<Messages> messages) {
        this.controls = Objects.requireNonNull(controls, "controls");
        this.states = Objects.requireNonNull(states, "states");
        this.lastBookingCode = Objects.requireNonNull(lastBookingCode, "lastBookingCode");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Whether the panel is shown at all: only when there are simulated devices to drive. */
    public boolean available() {
        return controls.available();
    }

    public String handleLabel() {
        return messages.get().get("demo.handle");
    }

    public String title() {
        return messages.get().get("demo.title");
    }

    public String intro() {
        return messages.get().get("demo.intro");
    }

    public String statesHeading() {
        return messages.get().get("demo.states");
    }

    public String closeLabel() {
        return messages.get().get("demo.close");
    }

    public List<DemoAction> actions() {
        return List.of(DemoAction.values());
    }

    public String label(DemoAction action) {
        Messages m = messages.get();
        if (action == DemoAction.SHOW_BOOKING_QR) {
            return bookingCode()
                    .map(code -> m.get("demo.action.SHOW_BOOKING_QR", code))
                    .orElseGet(() -> m.get("demo.action.SHOW_BOOKING_QR.none"));
        }
        return m.get("demo.action." + action.name());
    }

    /** Every action can be tried except showing a booking code before any booking was made. */
    public boolean enabled(DemoAction action) {
        return action != DemoAction.SHOW_BOOKING_QR || bookingCode().isPresent();
    }

    /** Carries the action out on the simulated device, says how it went, and reads the devices' states again. */
    public void perform(DemoAction action) {
        Messages m = messages.get();
        String label = label(action);
        boolean done;
        try {
            done = enabled(action) && run(action);
        } catch (RuntimeException e) {
            // a simulated device that throws must not take the kiosk down with it; the demonstrator sees it failed
            LOG.warn("Demo action {} failed", action, e);
            done = false;
        }
        feedback.set(done ? m.get("demo.done", label) : m.get("demo.failed", label));
        refresh();
    }

    private boolean run(DemoAction action) {
        return switch (action) {
            case TAP_ID_CARD -> controls.insertSampleIdCard();
            case REMOVE_ID_CARD -> controls.removeIdCard();
            case INSERT_IC_CARD -> controls.insertSampleSmartCard();
            case REMOVE_IC_CARD -> controls.removeSmartCard();
            case PAPER_OUT -> controls.receiptPaperOut(true);
            case PAPER_BACK -> controls.receiptPaperOut(false);
            case COVER_OPEN -> controls.receiptCoverOpen(true);
            case COVER_CLOSED -> controls.receiptCoverOpen(false);
            case A4_PAPER_OUT -> controls.a4PaperOut(true);
            case A4_PAPER_BACK -> controls.a4PaperOut(false);
            case HELP_BUTTON -> controls.pressHelpButton();
            case PERSON_ARRIVES -> controls.presence(true);
            case PERSON_LEAVES -> controls.presence(false);
            case SHOW_BOOKING_QR -> controls.cameraShowsQrCode(bookingCode().orElseThrow());
        };
    }

    /** Reads every device's state again; a failing source leaves the lines as they were. */
    public void refresh() {
        List<DeviceStatus> now;
        try {
            now = states.get();
        } catch (RuntimeException e) {
            LOG.warn("Device states for the demo panel could not be read", e);
            return;
        }
        Messages m = messages.get();
        stateLines.set(now.stream().map(s -> line(m, s)).toList());
    }

    /**
     * One device as a line: its role, its id, its state and, when it has one, the reason's stable code (never the
     * description, which is for admins).
     */
    static String line(Messages m, DeviceStatus s) {
        String kind = m.get("demo.kind." + s.kind().name());
        String state = m.get("demo.state." + s.state().name());
        return s.reason().isEmpty()
                ? m.get("demo.state.line", kind, s.deviceId(), state)
                : m.get("demo.state.line.reason", kind, s.deviceId(), state, s.reason());
    }

    public ReadOnlyObjectProperty<List<String>> stateLinesProperty() {
        return stateLines.getReadOnlyProperty();
    }

    public List<String> stateLines() {
        return stateLines.get();
    }

    /** What the last action did, or that it could not be done; empty before the first. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** Clears what the last visit to the panel said, so it opens fresh. */
    public void opened() {
        feedback.set("");
        refresh();
    }

    public String spokenText() {
        return title() + "。" + intro() + String.join("。", stateLines());
    }

    private Optional<String> bookingCode() {
        Optional<String> code;
        try {
            code = lastBookingCode.get();
        } catch (RuntimeException e) {
            LOG.warn("The last booking code could not be read", e);
            return Optional.empty();
        }
        return code == null ? Optional.empty() : code.filter(c -> !c.isBlank());
    }
}
