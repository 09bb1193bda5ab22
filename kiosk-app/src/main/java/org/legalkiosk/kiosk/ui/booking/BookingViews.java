package org.legalkiosk.kiosk.ui.booking;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Pieces every booking screen is built from, so they all look and behave alike. */
final class BookingViews {

    static final String STYLESHEET = "/org/legalkiosk/kiosk/ui/booking/booking.css";

    private BookingViews() {}

    static VBox screen() {
        VBox root = new VBox();
        root.getStyleClass().addAll("screen", "booking-screen");
        root.getStylesheets().add(BookingViews.class.getResource(STYLESHEET).toExternalForm());
        return root;
    }

    static Label prompt(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("booking-prompt");
        label.setWrapText(true);
        return label;
    }

    /**
     * A message in plain words that shows only while there is something to say. Its line is always reserved
     * ({@code .booking-problem} has a minimum height), so a message appearing never moves a button under a finger.
     */
    static Label problem(ObservableStringValue text) {
        Label label = new Label();
        label.setId(BookingIds.PROBLEM);
        label.getStyleClass().add("booking-problem");
        label.setWrapText(true);
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

    /** A label showing typed characters large, like a filled-in form field. */
    static Label field(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("booking-field");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
