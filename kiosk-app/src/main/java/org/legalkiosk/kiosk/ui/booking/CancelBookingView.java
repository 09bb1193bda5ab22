package org.legalkiosk.kiosk.ui.booking;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Screen;

/** Are you sure? "Yes, cancel it" and "No, keep it", far apart so neither is tapped by mistake. */
public final class CancelBookingView implements Screen {

    private final CancelBookingViewModel model;
    private final VBox root = BookingViews.screen();

    public CancelBookingView(CancelBookingViewModel model) {
        this.model = model;
        Label prompt = new Label(model.prompt());
        prompt.getStyleClass().add("booking-big-prompt");
        prompt.setWrapText(true);
        Label code = new Label(BookingDoneView.spaced(model.code()));
        code.getStyleClass().add("booking-code-small");
        Button no = BookingViews.primary(BookingIds.CANCEL_NO, model.noLabel(), model::no);
        Button yes = BookingViews.secondary(BookingIds.CANCEL_YES, model.yesLabel(), model::yes);
        yes.disableProperty().bind(model.busyProperty());
        HBox buttons = new HBox(160, no, yes);
        root.getChildren().addAll(prompt, code, buttons);
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
