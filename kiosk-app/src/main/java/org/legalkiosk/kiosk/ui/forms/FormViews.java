package org.legalkiosk.kiosk.ui.forms;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.explainers.ArticleChip;

/**
 * Pieces the form screens are built from. They wear the booking screens' stylesheet, so a visitor who booked before
 * finds the same fields, cards and buttons; {@code forms.css} adds the few things of their own.
 */
final class FormViews {

    private static final String BOOKING_STYLES = "/org/legalkiosk/kiosk/ui/booking/booking.css";
    private static final String STYLES = "/org/legalkiosk/kiosk/ui/forms/forms.css";

    private FormViews() {}

    static VBox screen() {
        VBox root = new VBox();
        root.getStyleClass().addAll("screen", "booking-screen", "forms-screen");
        root.getStylesheets()
                .addAll(
                        FormViews.class.getResource(BOOKING_STYLES).toExternalForm(),
                        FormViews.class.getResource(STYLES).toExternalForm());
        return root;
    }

    static Label text(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** A line always reserved for a message, so one appearing never moves a button under a finger. */
    static Label problem(ObservableStringValue text) {
        Label label = text("", "booking-problem");
        label.setId(FormIds.PROBLEM);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    static Button primary(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().addAll("primary-button", "booking-button");
        button.setWrapText(true);
        button.setOnAction(e -> action.run());
        return button;
    }

    static Button secondary(String id, String text, Runnable action) {
        Button button = primary(id, text, action);
        button.getStyleClass().remove("primary-button");
        button.getStyleClass().add("secondary-button");
        return button;
    }

    /** "依据：" and one chip per article, each opening the article's official text. */
    static javafx.scene.layout.HBox chips(String caption, List<ArticleChip> chips, Consumer<ArticleChip> open) {
        FlowPane pane = new FlowPane();
        pane.setId(FormIds.CHIPS);
        pane.getStyleClass().add("chips");
        for (ArticleChip chip : chips) {
            Button button = new Button(chip.label());
            button.setId(Ids.chip(chip.lawId(), chip.number()));
            button.getStyleClass().add("chip");
            button.setOnAction(e -> open.accept(chip));
            pane.getChildren().add(button);
        }
        // The caption beside the chips, not above them: one line less on the screens that need every line.
        Label label = new Label(caption);
        label.getStyleClass().add("forms-basis-caption");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox.setHgrow(pane, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(12, label, pane);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setVisible(!chips.isEmpty());
        box.setManaged(!chips.isEmpty());
        return box;
    }
}
