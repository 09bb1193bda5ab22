package org.legalkiosk.kiosk.ui.booking;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.TapArea;

/**
 * A terminal with nothing to book (no schedule yet): says so in one large sentence, gives the 12348 hotline large
 * and the township office, and one button back to Home, rather than an empty list a visitor would wait on.
 */
public final class BookingUnavailableView implements Screen {

    private final ServiceStepViewModel model;
    private final VBox root = BookingViews.screen();

    public BookingUnavailableView(ServiceStepViewModel model) {
        this.model = model;
        Label heading = new Label(model.unavailableHeading());
        heading.setId(BookingIds.EMPTY);
        heading.getStyleClass().add("booking-big-prompt");
        heading.setWrapText(true);
        Label hotline = new Label("12348");
        hotline.getStyleClass().add("booking-code-small");
        HBox phone = new HBox(16, Icons.icon(Icons.PHONE, 56), hotline);
        phone.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(
                32,
                heading,
                BookingViews.prompt(model.meanwhile()),
                phone,
                BookingViews.primary(BookingIds.HOME, model.homeLabel(), model::goHome));
        if (model.offersMyBooking()) {
            body.getChildren()
                    .add(TapArea.card(
                            BookingIds.MY_BOOKING,
                            model.myBookingLabel(),
                            model.myBookingHint(),
                            model::openMyBooking,
                            "booking-my-booking"));
        }
        root.getChildren().add(body);
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
