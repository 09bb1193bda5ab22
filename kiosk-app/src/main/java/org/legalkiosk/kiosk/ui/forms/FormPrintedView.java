package org.legalkiosk.kiosk.ui.forms;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.Screen;

/** A green tick, "take your form", what to bring and where to go in a scrolling list, and Finish. */
public final class FormPrintedView implements Screen {

    private final FormPrintedViewModel model;
    private final VBox root = FormViews.screen();

    public FormPrintedView(FormPrintedViewModel model, Messages messages) {
        this.model = model;
        Label headline = FormViews.text(model.headline(), "forms-printed-title");
        headline.setId(FormIds.PRINTED);
        HBox top = new HBox(24, Icons.icon(Icons.CONFIRMED, 96), headline);
        top.getStyleClass().add("forms-printed");
        top.setAlignment(Pos.CENTER_LEFT);
        VBox notes = new VBox(12, FormViews.text(model.detail(), "booking-prompt"));
        notes.getChildren().add(FormViews.text(model.attachCaption(), "booking-caption"));
        model.attach().forEach(a -> notes.getChildren().add(FormViews.text("•  " + a, "booking-prompt")));
        notes.getChildren().add(FormViews.text(model.fileAtCaption(), "booking-caption"));
        model.fileAt().forEach(a -> notes.getChildren().add(FormViews.text("•  " + a, "booking-prompt")));
        PagedScroll scroll = new PagedScroll(notes, messages, "forms-printed-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox actions = new HBox(FormViews.primary(FormIds.FINISH, model.finishLabel(), model::finish));
        actions.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(top, scroll, actions);
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
