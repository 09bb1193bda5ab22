package org.legalkiosk.kiosk.ui.booking;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.TapArea;

/** Any booking step that is one choice from a list: large cards, one, two or three to a row. */
public final class ChoiceStepView implements Screen {

    private final ChoiceStepModel model;
    private final VBox root = BookingViews.screen();

    public ChoiceStepView(ChoiceStepModel model, Messages messages) {
        this.model = model;
        if (!model.notice().isEmpty()) {
            Label notice = new Label(model.notice());
            notice.setId(BookingIds.NOTICE);
            notice.getStyleClass().add("booking-notice");
            notice.setWrapText(true);
            notice.setMaxWidth(Double.MAX_VALUE);
            root.getChildren().add(notice);
        }
        if (model.choices().isEmpty()) {
            Label empty = BookingViews.prompt(model.emptyMessage());
            empty.setId(BookingIds.EMPTY);
            empty.getStyleClass().add("booking-empty");
            root.getChildren().add(empty);
        } else {
            root.getChildren().add(BookingViews.prompt(model.prompt()));
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("booking-choices");
        int columns = model.columns();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(cc);
        }
        int i = 0;
        for (ChoiceStepModel.Choice choice : model.choices()) {
            TapArea card = TapArea.card(BookingIds.CHOICE_PREFIX + choice.id(), choice.title(), choice.hint(),
                    () -> model.choose(choice), "booking-choice");
            if (!choice.enabled()) {
                card.getStyleClass().add("booking-choice-full");
                card.setDisable(true);
            }
            grid.add(card, i % columns, i / columns);
            i++;
        }
        VBox content = new VBox(24, grid);
        if (model instanceof ServiceStepViewModel services) {
            content.getChildren().add(TapArea.card(BookingIds.MY_BOOKING, services.myBookingLabel(),
                    services.myBookingHint(), services::openMyBooking, "booking-my-booking"));
        }
        Node list = new PagedScroll(content, messages, "booking-scroll");
        root.getChildren().add(list);
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
