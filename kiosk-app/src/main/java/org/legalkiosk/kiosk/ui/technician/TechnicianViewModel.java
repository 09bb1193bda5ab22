package org.legalkiosk.kiosk.ui.technician;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.legalkiosk.kiosk.config.PinHash;
import org.legalkiosk.kiosk.service.technician.TechnicianAccess;
import org.legalkiosk.kiosk.service.technician.TechnicianConsole;
import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * The technician screen: first the PIN (digits, shown as dots), then the console. Wrong PINs count down to the
 * lockout, which {@link TechnicianAccess} keeps and audits. Test prints run on {@code background} and their result
 * comes back through {@code screen}, so a slow printer never freezes the screen.
 */
public final class TechnicianViewModel {

    private final TechnicianAccess access;
    private final TechnicianConsole console;
    private final Messages messages;
    private final Executor background;
    private final Executor screen;
    private final ReadOnlyStringWrapper pin = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper printStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TechnicianConsole.Overview> overview = new ReadOnlyObjectWrapper<>();

    public TechnicianViewModel(
            TechnicianAccess access,
            TechnicianConsole console,
            Messages messages,
            Executor background,
            Executor screen) {
        this.access = access;
        this.console = console;
        this.messages = messages;
        this.background = background;
        this.screen = screen;
        if (access.locked()) {
            problem.set(messages.get("tech.locked", TechnicianAccess.LOCKOUT.toMinutes()));
        }
    }

    /** The PIN typed so far, one dot a digit. */
    public ReadOnlyStringProperty pinProperty() {
        return pin.getReadOnlyProperty();
    }

    public String dots() {
        return "●".repeat(pin.get().length());
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public void type(char digit) {
        if (Character.isDigit(digit) && pin.get().length() < PinHash.MAX_DIGITS) {
            pin.set(pin.get() + digit);
        }
    }

    public void backspace() {
        String s = pin.get();
        if (!s.isEmpty()) {
            pin.set(s.substring(0, s.length() - 1));
        }
    }

    public void clear() {
        pin.set("");
    }

    /** Checks the PIN; the typed digits are gone whatever the answer. */
    public void submit() {
        TechnicianAccess.Result result = access.tryPin(pin.get());
        pin.set("");
        switch (result) {
            case OPEN -> {
                problem.set("");
                refresh();
                open.set(true);
            }
            case WRONG -> problem.set(messages.get("tech.wrong", access.triesLeft()));
            case LOCKED -> problem.set(messages.get("tech.locked", TechnicianAccess.LOCKOUT.toMinutes()));
            case NOT_SET_UP -> problem.set(messages.get("tech.notSetUp"));
        }
    }

    public ReadOnlyObjectProperty<TechnicianConsole.Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** Reads the devices, content and sync backlog again. */
    public void refresh() {
        overview.set(console.overview());
    }

    public java.util.List<String> printers() {
        return open.get() ? console.printers() : java.util.List.of();
    }

    public ReadOnlyStringProperty printStatusProperty() {
        return printStatus.getReadOnlyProperty();
    }

    public void testPrint(String printerId) {
        if (!open.get()) {
            return;
        }
        printStatus.set(messages.get("tech.printing", printerId));
        background.execute(() -> {
            String outcome = console.testPrint(printerId);
            access.done("test print on " + printerId + ": " + outcome);
            screen.execute(() -> {
                printStatus.set(messages.get("tech.printed", printerId, outcome));
                refresh();
            });
        });
    }

    public boolean canRestart() {
        return console.canRestart();
    }

    public void restart() {
        if (open.get() && console.canRestart()) {
            access.done("restart");
            console.restart();
        }
    }

    public boolean canExit() {
        return console.canExit();
    }

    public void exit() {
        if (open.get() && console.canExit()) {
            access.done("exit");
            console.exit();
        }
    }

    public String text(String key, Object... args) {
        return messages.get(key, args);
    }

    public String spokenText() {
        return open.get() ? messages.get("tech.title") : messages.get("tech.pinPrompt");
    }
}
