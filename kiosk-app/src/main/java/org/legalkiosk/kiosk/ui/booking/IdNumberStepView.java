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

/** The ID number typed by hand: the number on the left in the card's groups, a keypad of digits and X on the right. */
public final class IdNumberStepView implements Screen {

    private final IdNumberStepViewModel model;
    private final VBox root = BookingViews.screen();

    public IdNumberStepView(IdNumberStepViewModel model, Messages messages) {
        this.model = model;
        Label caption = new Label(model.label());
        caption.getStyleClass().add("booking-caption");
        Label id = BookingViews.field(BookingIds.ID_NUMBER);
        id.textProperty().bind(Bindings.createStringBinding(
                () -> IdNumberStepViewModel.grouped(model.idNumberProperty().get()), model.idNumberProperty()));
        VBox form = new VBox(16, caption, id, BookingViews.problem(model.problemProperty()),
                BookingViews.primary(BookingIds.NEXT, model.nextLabel(), model::next));
        form.getStyleClass().add("booking-form");
        HBox.setHgrow(form, Priority.ALWAYS);
        Keypad keypad = new Keypad(IdNumberStepViewModel.KEYS, 3, BookingIds.ID_KEY_PREFIX, messages, model::type,
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
