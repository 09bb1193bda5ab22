package org.legalkiosk.kiosk.ui.booking;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Keypad;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.Screen;

/** The booking code on a keypad of the code's own characters, or scanned from the slip's QR code. */
public final class MyBookingView implements Screen {

    private final MyBookingViewModel model;
    private final VBox root = BookingViews.screen();

    public MyBookingView(MyBookingViewModel model, Messages messages) {
        this.model = model;
        Label code = BookingViews.field(BookingIds.CODE_TYPED);
        code.getStyleClass().add("booking-code-field");
        code.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> MyBookingViewModel.shown(model.typedProperty().get()), model.typedProperty()));
        Button find = BookingViews.primary(BookingIds.FIND, model.findLabel(), model::find);
        VBox form = new VBox(
                16, BookingViews.prompt(model.prompt()), code, BookingViews.problem(model.problemProperty()), find);
        if (model.canScan()) {
            Button scan = BookingViews.secondary(BookingIds.SCAN, model.scanLabel(), model::scan);
            scan.disableProperty().bind(model.scanningProperty());
            scan.textProperty()
                    .bind(Bindings.when(model.scanningProperty())
                            .then(model.scanningLabel())
                            .otherwise(model.scanLabel()));
            form.getChildren().add(scan);
        }
        form.getStyleClass().add("booking-form");
        HBox.setHgrow(form, Priority.ALWAYS);
        Keypad keypad = new Keypad(
                MyBookingViewModel.KEYS,
                6,
                BookingIds.CODE_KEY_PREFIX,
                messages,
                model::type,
                model::backspace,
                model::clear);
        keypad.getStyleClass().add("code-keypad");
        root.getChildren().add(new HBox(48, form, keypad));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String title() {
        return model.title();
    }

    @Override
    public String spokenText() {
        return model.spokenText();
    }
}
