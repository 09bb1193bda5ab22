package org.legalkiosk.kiosk.ui.booking;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Screen;

/** "Place your ID card on the reader", drawn large with a still picture of a card, and the way to type instead. */
public final class WhoStepView implements Screen {

    /** A card with a chip and an arrow pointing down to the reader below the screen (24x24 grid). */
    private static final String CARD_ICON = "M3 4h18c1.1 0 2 .9 2 2v9c0 1.1-.9 2-2 2H3c-1.1 0-2-.9-2-2V6c0-1.1.9-2 "
            + "2-2zm0 2v9h18V6H3zm2 2h5v5H5V8zm7 1h7v1.5h-7V9zm0 3h5v1.5h-5V12zM11 18h2v2h2l-3 3-3-3h2v-2z";

    private final WhoStepViewModel model;
    private final VBox root = BookingViews.screen();

    public WhoStepView(WhoStepViewModel model) {
        this.model = model;
        Label prompt = new Label(model.prompt());
        prompt.getStyleClass().add("booking-big-prompt");
        prompt.setWrapText(true);
        Label hint = BookingViews.prompt(model.hint());
        VBox centre = new VBox(
                24,
                org.legalkiosk.kiosk.ui.common.Icons.icon(CARD_ICON, 280),
                prompt,
                hint,
                BookingViews.problem(model.problemProperty()),
                BookingViews.secondary(BookingIds.BY_HAND, model.byHandLabel(), model::byHand));
        centre.setAlignment(Pos.CENTER);
        centre.getStyleClass().add("booking-card-panel");
        VBox.setVgrow(centre, Priority.ALWAYS);
        root.getChildren().add(centre);
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
