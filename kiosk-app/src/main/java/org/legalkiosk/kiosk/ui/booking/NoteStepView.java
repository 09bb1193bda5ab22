package org.legalkiosk.kiosk.ui.booking;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.TapArea;

/**
 * "Anything else to say?": large cards, two to a row, each with a tick box that fills when tapped and the words
 * "chosen" under it (a tick alone is not understood by everyone); Skip and Next below.
 */
public final class NoteStepView implements Screen {

    private static final String BOX =
            "M19 5v14H5V5h14m0-2H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2z";
    private static final String TICKED =
            "M19 3H5c-1.11 0-2 .9-2 2v14c0 1.1.89 2 2 2h14c1.11 0 2-.9 2-2V5c0-1.1-.89-2-2-2zm-9 "
                    + "14l-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z";
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final int COLUMNS = 2;

    private final NoteStepViewModel model;
    private final VBox root = BookingViews.screen();

    public NoteStepView(NoteStepViewModel model, Messages messages) {
        this.model = model;
        GridPane grid = new GridPane();
        grid.getStyleClass().add("booking-choices");
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / COLUMNS);
            grid.getColumnConstraints().add(cc);
        }
        int i = 0;
        for (NoteStepViewModel.Phrase phrase : model.phrases()) {
            grid.add(card(phrase), i % COLUMNS, i / COLUMNS);
            i++;
        }
        HBox buttons = new HBox(
                32,
                BookingViews.secondary(BookingIds.SKIP, model.skipLabel(), model::skip),
                BookingViews.primary(BookingIds.NEXT, model.nextLabel(), model::next));
        buttons.setAlignment(Pos.CENTER_RIGHT);
        PagedScroll list = new PagedScroll(grid, messages, "booking-scroll");
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(BookingViews.prompt(model.prompt()), list, buttons);
    }

    private TapArea card(NoteStepViewModel.Phrase phrase) {
        ReadOnlyBooleanProperty chosen = model.chosenProperty(phrase.id());
        Node box = Icons.icon(BOX, 56);
        Node ticked = Icons.icon(TICKED, 56);
        box.visibleProperty().bind(chosen.not());
        ticked.visibleProperty().bind(chosen);
        Label title = new Label(phrase.text());
        title.getStyleClass().add("tile-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        Label state = new Label(model.chosenLabel());
        state.getStyleClass().add("tile-hint");
        state.setWrapText(true);
        // Its line is reserved even when not chosen: a card that grew on a tap would push the cards below it.
        state.visibleProperty().bind(chosen);
        VBox texts = new VBox(6, title, state);
        texts.setAlignment(Pos.CENTER_LEFT);
        texts.setMinWidth(0);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox line = new HBox(24, new StackPane(box, ticked), texts);
        line.setAlignment(Pos.CENTER_LEFT);
        TapArea card = new TapArea(0, line);
        card.setId(BookingIds.NOTE_PREFIX + phrase.id());
        card.getStyleClass().addAll("tile", "booking-choice");
        card.setMaxWidth(Double.MAX_VALUE);
        card.setAlignment(Pos.CENTER_LEFT);
        card.setOnTap(() -> model.toggle(phrase.id()));
        // For a stylesheet that wants to colour chosen cards; the tick and the words already say it.
        card.pseudoClassStateChanged(SELECTED, chosen.get());
        chosen.addListener((o, was, is) -> card.pseudoClassStateChanged(SELECTED, is));
        return card;
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
