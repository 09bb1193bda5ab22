package org.legalkiosk.kiosk.ui.booking;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.legalkiosk.kiosk.ui.common.Keypad;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.Screen;

/** The mobile number on a large numeric keypad, shown grouped 3-4-4 as it is spoken. */
public final class PhoneStepView implements Screen {

    private final PhoneStepViewModel model;
    private final VBox root = BookingViews.screen();

    public PhoneStepView(PhoneStepViewModel model, Messages messages) {
        this.model = model;
        Label phone = BookingViews.field(BookingIds.PHONE);
        phone.textProperty().bind(Bindings.createStringBinding(
                () -> PhoneStepViewModel.grouped(model.phoneProperty().get()), model.phoneProperty()));
        VBox form = new VBox(16, BookingViews.prompt(model.prompt()), phone,
                BookingViews.problem(model.problemProperty()),
                BookingViews.primary(BookingIds.NEXT, model.nextLabel(), model::next));
        form.getStyleClass().add("booking-form");
        HBox.setHgrow(form, Priority.ALWAYS);
        Keypad keypad = new Keypad(PhoneStepViewModel.KEYS, 3, BookingIds.PHONE_KEY_PREFIX, messages, model::type,
                model::backspace, model::clear);
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
