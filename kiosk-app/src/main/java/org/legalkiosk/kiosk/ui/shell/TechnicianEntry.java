package org.legalkiosk.kiosk.ui.shell;

import java.util.function.LongSupplier;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

import org.legalkiosk.kiosk.service.technician.CornerTaps;
import org.legalkiosk.kiosk.service.technician.TechnicianAccess;
import org.legalkiosk.kiosk.service.technician.TechnicianConsole;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.OverlayHost;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.technician.TechnicianView;
import org.legalkiosk.kiosk.ui.technician.TechnicianViewModel;

/**
 * The hidden way to the technician screen: five taps in the bottom-left corner within three seconds, then the PIN.
 * A tap anywhere else starts the count again. Without a PIN set up the taps do nothing, so a curious visitor finds
 * no locked door.
 */
final class TechnicianEntry {

    private final CornerTaps taps;

    private TechnicianEntry(CornerTaps taps) {
        this.taps = taps;
    }

    /** Watches every press on {@code frame} (before any control sees it) and opens the screen in {@code overlay}. */
    static TechnicianEntry install(
            Region frame,
            ScreenContext context,
            OverlayHost overlay,
            TechnicianAccess access,
            TechnicianConsole console,
            LongSupplier nanoClock) {
        TechnicianEntry entry = new TechnicianEntry(new CornerTaps(nanoClock));
        frame.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!CornerTaps.inCorner(e.getSceneX(), e.getSceneY(), frame.getHeight())) {
                entry.taps.elsewhere();
            } else if (entry.taps.tap() && access.setUp()) {
                open(context, overlay, access, console);
            }
        });
        return entry;
    }

    private static void open(
            ScreenContext context, OverlayHost overlay, TechnicianAccess access, TechnicianConsole console) {
        Messages m = Messages.of(context.session().language());
        TechnicianViewModel model = new TechnicianViewModel(
                access,
                console,
                m,
                context.tasks().background(),
                context.tasks().screen());
        TechnicianView view = new TechnicianView(model, m, overlay::close);
        overlay.show(view.root(), view.spokenText());
    }
}
