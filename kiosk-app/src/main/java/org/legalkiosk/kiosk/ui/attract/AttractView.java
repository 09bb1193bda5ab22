package org.legalkiosk.kiosk.ui.attract;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * The dimmed full-screen invitation shown while nobody uses the kiosk: a large "touch the screen" in both
 * languages (a passer-by has not chosen one yet) and the hotline. It takes every touch, so the tap that wakes the
 * kiosk never lands on a button underneath.
 */
public final class AttractView {

    public static final String ATTRACT = "attract";
    private static final String STYLESHEET = "/org/legalkiosk/kiosk/ui/attract/attract.css";

    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label hotline = new Label();
    private final StackPane root;

    public AttractView(AttractViewModel model) {
        title.getStyleClass().add("attract-title");
        subtitle.getStyleClass().add("attract-subtitle");
        hotline.getStyleClass().add("attract-hotline");
        for (Label l : new Label[] {title, subtitle, hotline}) {
            l.setWrapText(true);
        }
        VBox box = new VBox(40, title, subtitle, hotline);
        box.setAlignment(Pos.CENTER);
        root = new StackPane(box);
        root.setId(ATTRACT);
        root.getStyleClass().add("attract");
        root.getStylesheets().add(AttractView.class.getResource(STYLESHEET).toExternalForm());
        root.visibleProperty().bind(model.showingProperty());
        // the shell's event filter sees the touch and wakes the kiosk; this only keeps it from falling through
        root.setOnMousePressed(e -> e.consume());
        root.setOnMouseClicked(e -> e.consume());
    }

    /** Words in Chinese with the English below, whatever language the last visitor left on. */
    public void update(Messages zh, Messages en) {
        title.setText(zh.get("attract.title") + " / " + en.get("attract.title"));
        subtitle.setText(zh.get("attract.subtitle") + "\n" + en.get("attract.subtitle"));
        hotline.setText(zh.get("attract.hotline") + "\n" + en.get("attract.hotline"));
    }

    public Node root() {
        return root;
    }
}
