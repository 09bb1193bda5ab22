package org.legalkiosk.kiosk.ui.booking;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.ReadAloud;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.Styles;
import org.legalkiosk.kiosk.ui.common.TapArea;
import org.legalkiosk.kiosk.ui.speech.ReadItemButton;

/**
 * Any booking step that is one choice from a list: large cards, one, two or three to a row, each with a speaker
 * beside it that reads just that choice (a time and its free seats), as the self-check's answers have.
 */
public final class ChoiceStepView implements Screen {

    private final ChoiceStepModel model;
    private final VBox root = BookingViews.screen();

    public ChoiceStepView(ChoiceStepModel model, Messages messages, ReadAloud readAloud) {
        this.model = model;
        if (!model.notice().isEmpty()) {
            Label notice = new Label(model.notice());
            notice.setId(BookingIds.NOTICE);
            notice.getStyleClass().addAll(Styles.NOTICE_BOX, "booking-notice");
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
            TapArea card = TapArea.card(
                    BookingIds.CHOICE_PREFIX + choice.id(),
                    choice.title(),
                    choice.hint(),
                    () -> model.choose(choice),
                    "booking-choice");
            if (!choice.enabled()) {
                card.getStyleClass().add("booking-choice-full");
                card.setDisable(true);
            }
            card.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(card, Priority.ALWAYS);
            // The speaker stays usable beside a full time: hearing why it cannot be chosen matters as much.
            HBox cell = new HBox(
                    8,
                    card,
                    ReadItemButton.of(
                            BookingIds.READ_CHOICE_PREFIX + choice.id(),
                            model.spokenChoice(choice),
                            readAloud,
                            messages));
            cell.setAlignment(Pos.CENTER_LEFT);
            grid.add(cell, i % columns, i / columns);
            i++;
        }
        VBox content = new VBox(24, grid);
        if (model instanceof ServiceStepViewModel services) {
            content.getChildren()
                    .add(TapArea.card(
                            BookingIds.MY_BOOKING,
                            services.myBookingLabel(),
                            services.myBookingHint(),
                            services::openMyBooking,
                            "booking-my-booking"));
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
