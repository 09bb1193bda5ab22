package org.legalkiosk.kiosk.ui.callback;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Pieces the callback screens are built from. They wear the booking screens' stylesheet, so a visitor who booked
 * before finds the same fields, table and buttons; {@code callback.css} adds the few things of their own.
 */
final class CallbackViews {

    private static final String BOOKING_STYLES = "/org/legalkiosk/kiosk/ui/booking/booking.css";
    private static final String STYLES = "/org/legalkiosk/kiosk/ui/callback/callback.css";

    private CallbackViews() {}

    static VBox screen() {
        VBox root = new VBox();
        root.getStyleClass().addAll("screen", "booking-screen", "callback-screen");
        root.getStylesheets()
                .addAll(
                        CallbackViews.class.getResource(BOOKING_STYLES).toExternalForm(),
                        CallbackViews.class.getResource(STYLES).toExternalForm());
        return root;
    }

    static Label prompt(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("booking-prompt");
        label.setWrapText(true);
        return label;
    }

    static Label tableLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("booking-table-label");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
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
}
