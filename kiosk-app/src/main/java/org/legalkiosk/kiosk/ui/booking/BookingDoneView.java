package org.legalkiosk.kiosk.ui.booking;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.QrImages;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.feedback.FeedbackView;

/** The code huge and spaced, its QR code beside it, whether the slip printed, and a button to print again. */
public final class BookingDoneView implements Screen {

    private static final int QR_PIXELS = 400;

    private final BookingDoneViewModel model;
    private final VBox root = BookingViews.screen();

    public BookingDoneView(BookingDoneViewModel model) {
        this.model = model;
        Label caption = BookingViews.prompt(model.codeCaption());
        Label code = new Label(spaced(model.formattedCode()));
        code.setId(BookingIds.CODE);
        code.getStyleClass().add("booking-code");
        code.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label when = new Label(model.when());
        when.getStyleClass().add("booking-when");
        when.setWrapText(true);
        Label where = BookingViews.prompt(model.where());
        Label status = new Label();
        status.setId(BookingIds.PRINT_STATUS);
        status.setWrapText(true);
        status.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.printMessage(model.printedProperty().get()), model.printedProperty()));
        model.printedProperty().addListener((o, a, printed) -> style(status, printed));
        style(status, model.printedProperty().get());
        Button reprint = BookingViews.secondary(BookingIds.REPRINT, model.reprintLabel(), model::reprint);
        reprint.disableProperty().bind(model.printingProperty());
        reprint.textProperty()
                .bind(Bindings.when(model.printingProperty())
                        .then(model.printingLabel())
                        .otherwise(model.reprintLabel()));
        Button finish = BookingViews.primary(BookingIds.FINISH, model.finishLabel(), model::finish);
        HBox buttons = new HBox(24, reprint, finish);
        VBox left = new VBox(16, caption, code, when, where, status, buttons);
        HBox.setHgrow(left, Priority.ALWAYS);
        ImageView qr = new ImageView(QrImages.of(model.qrText(), QR_PIXELS));
        qr.setId(BookingIds.QR);
        qr.setFitWidth(QR_PIXELS);
        qr.setPreserveRatio(true);
        VBox right = new VBox(qr);
        right.setAlignment(Pos.TOP_CENTER);
        // 有用 / 没解决 under the QR code, where the column has room at every text size.
        javafx.scene.Node feedback = FeedbackView.of(
                model.feedback(), model.messages(), model.messages().get("feedback.booking"));
        feedback.getStyleClass().add("feedback-compact");
        right.getChildren().add(feedback);
        right.setSpacing(24);
        root.getChildren().add(new HBox(48, left, right));
    }

    private static void style(Label status, boolean printed) {
        status.getStyleClass().removeAll("booking-printed", "booking-not-printed");
        status.getStyleClass().add(printed ? "booking-printed" : "booking-not-printed");
    }

    /** {@code 4KD-7QX} as {@code 4 K D - 7 Q X}: each character stands alone, easy to copy and read aloud. */
    static String spaced(String formatted) {
        return String.join(" ", formatted.split(""));
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
