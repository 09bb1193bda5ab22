package org.legalkiosk.kiosk.ui.display;

import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.Region;

import org.legalkiosk.kiosk.service.display.CurtainDisplayPower;
import org.legalkiosk.kiosk.ui.common.FxThread;

/**
 * The black curtain a terminal under cage draws at night instead of powering its screen down (docs/decisions/0020):
 * opaque black over everything, hidden by day. It takes the touch that lifts it, so that touch never presses a
 * button nobody could see; the scene's filter has already told the schedule about it.
 */
public final class NightCurtain implements CurtainDisplayPower.Curtain {

    public static final String ID = "night-curtain";

    private final Region curtain = new Region();

    public NightCurtain() {
        curtain.setId(ID);
        curtain.setStyle("-fx-background-color: black;");
        curtain.setVisible(false);
        curtain.setPickOnBounds(true);
        curtain.addEventHandler(MouseEvent.ANY, MouseEvent::consume);
        curtain.addEventHandler(TouchEvent.ANY, TouchEvent::consume);
    }

    /** The curtain itself, for the shell to lay above everything else. */
    public Node node() {
        return curtain;
    }

    @Override
    public void drawn(boolean drawn) {
        FxThread.run(() -> curtain.setVisible(drawn));
    }

    public boolean isDrawn() {
        return curtain.isVisible();
    }
}
