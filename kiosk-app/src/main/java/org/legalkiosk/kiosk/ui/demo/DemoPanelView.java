package org.legalkiosk.kiosk.ui.demo;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.OverlayHost;
import org.legalkiosk.kiosk.ui.common.TapArea;

/**
 * The demo's "Demo devices" handle, meant for a corner of the screen away from the visitor's buttons, and the
 * panel it opens above the current screen: one big button per {@link DemoAction} on the left, every device's
 * state on the right. The panel is built afresh at each opening, in the visitor's language of the moment.
 */
public final class DemoPanelView {

    static final String STYLESHEET = "/org/legalkiosk/kiosk/ui/demo/demo.css";
    private static final int COLUMNS = 3;

    private final DemoPanelViewModel model;
    private final OverlayHost overlays;
    private final Button handle = new Button();

    public DemoPanelView(DemoPanelViewModel model, OverlayHost overlays) {
        this.model = model;
        this.overlays = overlays;
        handle.setId(DemoIds.HANDLE);
        handle.getStyleClass().add("demo-handle");
        handle.getStylesheets().add(stylesheet());
        handle.setText(model.handleLabel());
        handle.setOnAction(e -> open());
    }

    /** The small, always-visible button that opens the panel. */
    public Node handle() {
        return handle;
    }

    /** Shows the panel on the overlay layer; Back, Home, its own Close and the idle reset close it. */
    public void open() {
        model.opened();
        overlays.show(panel(), model.spokenText());
    }

    private Parent panel() {
        Label title = new Label(model.title());
        title.getStyleClass().add("article-title");
        Label intro = new Label(model.intro());
        intro.getStyleClass().add("demo-intro");
        intro.setWrapText(true);

        GridPane buttons = new GridPane();
        buttons.getStyleClass().add("demo-actions");
        List<DemoAction> actions = model.actions();
        for (int i = 0; i < actions.size(); i++) {
            buttons.add(button(actions.get(i)), i % COLUMNS, i / COLUMNS);
        }

        Label statesHeading = new Label(model.statesHeading());
        statesHeading.getStyleClass().add("demo-states-heading");
        VBox stateLines = new VBox();
        stateLines.setId(DemoIds.STATES);
        stateLines.getStyleClass().add("demo-states");
        showStates(stateLines, model.stateLines());
        // the listener lives as long as the model; the panel is rebuilt at each opening, so it is detached on close
        ChangeListener<List<String>> onStates = (obs, old, lines) -> showStates(stateLines, lines);
        model.stateLinesProperty().addListener(onStates);
        VBox states = new VBox(statesHeading, stateLines);
        states.getStyleClass().add("demo-states-box");
        HBox.setHgrow(states, Priority.ALWAYS);

        Label feedback = new Label();
        feedback.setId(DemoIds.FEEDBACK);
        feedback.getStyleClass().add("demo-feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(model.feedbackProperty());

        Button close = new Button(model.closeLabel());
        close.setId(DemoIds.CLOSE);
        close.getStyleClass().add("primary-button");
        close.setOnAction(e -> overlays.close());

        VBox panel = new VBox(title, intro, new HBox(buttons, states), feedback, close);
        panel.setId(DemoIds.PANEL);
        panel.getStyleClass().addAll("article-panel", "demo-panel");
        panel.getStylesheets().add(stylesheet());
        panel.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                model.stateLinesProperty().removeListener(onStates);
            }
        });
        return panel;
    }

    /** A card rather than a Button: a Button clips wrapped text, and English labels need two lines. */
    private TapArea button(DemoAction action) {
        Label label = new Label(model.label(action));
        label.setWrapText(true);
        label.getStyleClass().add("demo-action-label");
        TapArea card = new TapArea(0, label);
        card.setId(action.nodeId());
        card.getStyleClass().add("demo-action");
        card.setDisable(!model.enabled(action));
        card.setOnTap(() -> model.perform(action));
        return card;
    }

    private static void showStates(VBox box, List<String> lines) {
        box.getChildren().clear();
        for (int i = 0; i < lines.size(); i++) {
            Label line = new Label(lines.get(i));
            line.setId(DemoIds.STATE_PREFIX + i);
            line.getStyleClass().add("demo-state");
            line.setWrapText(true);
            box.getChildren().add(line);
        }
    }

    private static String stylesheet() {
        return DemoPanelView.class.getResource(STYLESHEET).toExternalForm();
    }
}
