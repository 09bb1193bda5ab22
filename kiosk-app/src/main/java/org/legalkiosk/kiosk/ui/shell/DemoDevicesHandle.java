package org.legalkiosk.kiosk.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import org.legalkiosk.kiosk.ui.common.OverlayHost;
import org.legalkiosk.kiosk.ui.demo.DemoPanelView;
import org.legalkiosk.kiosk.ui.demo.DemoPanelViewModel;

/**
 * The demo's "Demo devices" handle, at the right end of the help bar: below the screen and away from the visitor's
 * buttons, so trying the simulated card reader or printer never covers what a visitor would tap.
 */
final class DemoDevicesHandle {

    private DemoDevicesHandle() {}

    /** Adds the handle to {@code root}'s bottom bar; the panel it opens shows in {@code overlay}. */
    static DemoPanelView attach(BorderPane root, DemoPanelViewModel model, OverlayHost overlay) {
        DemoPanelView panel = new DemoPanelView(model, overlay);
        Node handle = panel.handle();
        StackPane bar = new StackPane(root.getBottom(), handle);
        StackPane.setAlignment(handle, Pos.CENTER_RIGHT);
        StackPane.setMargin(handle, new Insets(0, 16, 0, 0));
        root.setBottom(bar);
        return panel;
    }
}
