package org.legalkiosk.kiosk.ui.booking;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.legalkiosk.kiosk.ui.common.Keypad;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.Screen;

/** Name and ID number typed by hand: the fields on the left, a keypad of digits and X on the right. */
public final class ByHandStepView implements Screen {

    private final ByHandStepViewModel model;
    private final VBox root = BookingViews.screen();

    public ByHandStepView(ByHandStepViewModel model, Messages messages) {
        this.model = model;
        TextField name = new TextField();
        name.setId(BookingIds.NAME);
        name.getStyleClass().add("booking-text-field");
        name.setPromptText(model.namePrompt());
        name.textProperty().bindBidirectional(model.nameProperty());
        Label id = BookingViews.field(BookingIds.ID_NUMBER);
        id.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> ByHandStepViewModel.grouped(model.idNumberProperty().get()), model.idNumberProperty()));
        VBox form = new VBox(16, caption(model.nameLabel()), name, caption(model.idLabel()), id,
                BookingViews.problem(model.problemProperty()),
                BookingViews.primary(BookingIds.NEXT, model.nextLabel(), model::next));
        form.getStyleClass().add("booking-form");
        HBox.setHgrow(form, Priority.ALWAYS);
        Keypad keypad = new Keypad(ByHandStepViewModel.KEYS, 3, BookingIds.ID_KEY_PREFIX, messages, model::type,
                model::backspace, model::clear);
        HBox columns = new HBox(48, form, keypad);
        root.getChildren().add(columns);
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("booking-caption");
        return label;
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
