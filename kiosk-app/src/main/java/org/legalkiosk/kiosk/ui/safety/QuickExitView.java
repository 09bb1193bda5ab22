package org.legalkiosk.kiosk.ui.safety;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * The strip above a sensitive page (domestic violence, family conflict): the emergency lines 110 and the women's
 * hotline 12338, and a large "快速离开" that in one tap silences the kiosk, forgets the visit and shows a neutral
 * Home, for a villager who must hide what they were reading when someone walks in. It is part of the page from
 * the moment it appears, so nothing moves under a finger.
 */
public final class QuickExitView {

    public static final String STRIP = "quick-exit-strip";
    public static final String BUTTON = "quick-exit";
    public static final String HOTLINES = "quick-exit-hotlines";
    private static final String STYLESHEET = "/org/legalkiosk/kiosk/ui/safety/safety.css";

    private QuickExitView() {}

    public static Node strip(Messages m, Runnable quickExit) {
        Label hotlines = new Label(m.get("safety.hotlines"));
        hotlines.setId(HOTLINES);
        hotlines.getStyleClass().add("quick-exit-hotlines");
        hotlines.setWrapText(true);
        Button exit = new Button(m.get("safety.quickExit"));
        exit.setId(BUTTON);
        exit.getStyleClass().add("quick-exit");
        exit.setMinWidth(Region.USE_PREF_SIZE);
        exit.setOnAction(e -> quickExit.run());
        HBox.setHgrow(hotlines, Priority.ALWAYS);
        hotlines.setMaxWidth(Double.MAX_VALUE);
        HBox strip = new HBox(24, hotlines, exit);
        strip.setId(STRIP);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("quick-exit-strip");
        strip.getStylesheets().add(QuickExitView.class.getResource(STYLESHEET).toExternalForm());
        return strip;
    }
}
