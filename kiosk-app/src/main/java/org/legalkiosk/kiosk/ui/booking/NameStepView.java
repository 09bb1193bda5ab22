package org.legalkiosk.kiosk.ui.booking;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.legalkiosk.kiosk.ui.common.LetterKeyboard;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.Screen;

/** The name in pinyin: what to type and an example on top, the name large with Next beside it, letter keys below. */
public final class NameStepView implements Screen {

    private final NameStepViewModel model;
    private final VBox root = BookingViews.screen();

    public NameStepView(NameStepViewModel model, Messages messages) {
        this.model = model;
        Label caption = new Label(model.label());
        caption.getStyleClass().add("booking-caption");
        Label name = BookingViews.field(BookingIds.NAME);
        name.textProperty().bind(model.nameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox row = new HBox(24, name, BookingViews.primary(BookingIds.NEXT, model.nextLabel(), model::next));
        row.setAlignment(Pos.CENTER_LEFT);
        LetterKeyboard keyboard = new LetterKeyboard(BookingIds.NAME_KEY_PREFIX, messages, model::type,
                model::backspace, model::clear);
        VBox form = new VBox(16, caption, BookingViews.prompt(model.hint()), row,
                BookingViews.problem(model.problemProperty()), keyboard);
        form.getStyleClass().add("booking-form");
        root.getChildren().add(form);
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
