package org.legalkiosk.kiosk.ui.booking;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.Screen;

/** One booking: code, status, where and when; reprint and cancel while it stands. */
public final class MyBookingDetailsView implements Screen {

    private final MyBookingDetailsViewModel model;
    private final VBox root = BookingViews.screen();

    public MyBookingDetailsView(MyBookingDetailsViewModel model, Messages messages) {
        this.model = model;
        Label code = new Label(model.codeCaption() + "  " + BookingDoneView.spaced(model.formattedCode()));
        code.setId(BookingIds.CODE);
        code.getStyleClass().add("booking-code-small");
        code.setWrapText(true);
        Label status = new Label(model.status());
        status.setId(BookingIds.STATUS);
        status.setWrapText(true); // an office's own words after its reason can be long
        MyBookingDetailsViewModel.Look look = model.look();
        status.getStyleClass()
                .addAll("booking-status", "booking-status-" + look.name().toLowerCase());
        if (look == MyBookingDetailsViewModel.Look.STANDS || look == MyBookingDetailsViewModel.Look.CANCELLED) {
            status.setGraphic(org.legalkiosk.kiosk.ui.common.Icons.icon(
                    look == MyBookingDetailsViewModel.Look.STANDS
                            ? org.legalkiosk.kiosk.ui.common.Icons.CONFIRMED
                            : org.legalkiosk.kiosk.ui.common.Icons.CANCELLED,
                    56));
            status.setGraphicTextGap(16);
        }
        VBox content = new VBox(24, code, status);
        if (!model.hint().isEmpty()) {
            Label hint = new Label(model.hint());
            hint.setId(BookingIds.STATUS_HINT);
            hint.getStyleClass().add("booking-status-hint");
            hint.setWrapText(true);
            content.getChildren().add(hint);
        }
        content.getChildren().add(ReviewStepView.table(model.rows(), BookingIds.REVIEW_PREFIX));
        Label message = BookingViews.problem(model.messageProperty());
        message.setId(BookingIds.MESSAGE);
        message.getStyleClass().add("booking-message");
        content.getChildren().add(message);
        if (model.confirmed()) {
            content.getChildren()
                    .add(new HBox(
                            24,
                            BookingViews.secondary(BookingIds.REPRINT, model.reprintLabel(), model::reprint),
                            BookingViews.secondary(BookingIds.CANCEL, model.cancelLabel(), model::cancel)));
        }
        root.getChildren().add(new PagedScroll(content, messages, "booking-scroll"));
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
