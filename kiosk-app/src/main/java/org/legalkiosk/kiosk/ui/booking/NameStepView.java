package org.legalkiosk.kiosk.ui.booking;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.ChineseInputView;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.Screen;

/**
 * The name: what to do on top, the name large with Next beside it, and below the handwriting pad and the pinyin
 * keyboard with their candidates.
 */
public final class NameStepView implements Screen {

    private final NameStepViewModel model;
    private final VBox root = BookingViews.screen();

    public NameStepView(NameStepViewModel model, Messages messages) {
        this.model = model;
        Label caption = new Label(model.label());
        caption.getStyleClass().add("booking-caption");
        Label name = BookingViews.field(BookingIds.NAME);
        name.textProperty().bind(model.shownProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        // The label, the name and Next on one line: at the largest text size the pad and its candidates need the room.
        HBox row = new HBox(24, caption, name, BookingViews.primary(BookingIds.NEXT, model.nextLabel(), model::next));
        row.setAlignment(Pos.CENTER_LEFT);
        ChineseInputView keyboard = new ChineseInputView(BookingIds.NAME_KEY_PREFIX, model.input(), messages);
        VBox form = new VBox(
                12, BookingViews.prompt(model.hint()), row, BookingViews.problem(model.problemProperty()), keyboard);
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
