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

/**
 * A number typed on a keypad: on the left what is asked, the number in its groups and Next; on the right a keypad of
 * only the keys the number can hold. The ID number by hand and the mobile numbers (booking, callback) are this screen.
 */
public final class DigitStepView implements Screen {

    private final DigitStepViewModel model;
    private final VBox root = BookingViews.screen();

    private DigitStepView(
            DigitStepViewModel model, Messages messages, Label request, String fieldId, String keyPrefix) {
        this.model = model;
        Label field = BookingViews.field(fieldId);
        field.textProperty().bind(Bindings.createStringBinding(model::grouped, model.digitsProperty()));
        VBox form = new VBox(
                16,
                request,
                field,
                BookingViews.problem(model.problemProperty()),
                BookingViews.primary(BookingIds.NEXT, model.nextLabel(), model::next));
        form.getStyleClass().add("booking-form");
        HBox.setHgrow(form, Priority.ALWAYS);
        Keypad keypad = new Keypad(model.keys(), 3, keyPrefix, messages, model::type, model::backspace, model::clear);
        root.getChildren().add(new HBox(48, form, keypad));
    }

    /** The ID number by hand, under a short caption (the name typed before is the step's heading). */
    public static DigitStepView idNumber(IdNumberStepViewModel model, Messages messages) {
        Label caption = new Label(model.label());
        caption.getStyleClass().add("booking-caption");
        return new DigitStepView(model, messages, caption, BookingIds.ID_NUMBER, BookingIds.ID_KEY_PREFIX);
    }

    /** The mobile number, under the step's prompt. */
    public static DigitStepView phone(PhoneStepViewModel model, Messages messages) {
        return new DigitStepView(
                model, messages, BookingViews.prompt(model.label()), BookingIds.PHONE, BookingIds.PHONE_KEY_PREFIX);
    }

    /**
     * Any other number under its prompt: the callback request's phone is the booking's phone step with its own model
     * (what it is checked against, where it goes) and its own ids.
     */
    public static DigitStepView prompted(
            DigitStepViewModel model, Messages messages, String fieldId, String keyPrefix) {
        return new DigitStepView(model, messages, BookingViews.prompt(model.label()), fieldId, keyPrefix);
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
