package org.legalkiosk.kiosk.ui.forms;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.ChineseInputView;
import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Keypad;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.OverlayHost;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.ReadAloud;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.Styles;
import org.legalkiosk.kiosk.ui.common.TapArea;
import org.legalkiosk.kiosk.ui.explainers.ArticlePanel;
import org.legalkiosk.kiosk.ui.speech.ReadItemButton;

/**
 * One question: the progress and the question on top, why it is asked and the articles it rests on under it, then
 * the one way to answer it (cards, tick boxes, a keypad, the writing pad, the card reader), with Skip when it may be
 * left out. Lines for messages are reserved, so nothing moves under a finger.
 */
public final class FormQuestionView implements Screen {

    private static final String BOX =
            "M19 5v14H5V5h14m0-2H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2z";
    private static final String TICKED =
            "M19 3H5c-1.11 0-2 .9-2 2v14c0 1.1.89 2 2 2h14c1.11 0 2-.9 2-2V5c0-1.1-.89-2-2-2zm-9 "
                    + "14l-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z";
    /** A card with an arrow down to the reader below the screen, as booking draws it. */
    private static final String CARD_ICON = "M3 4h18c1.1 0 2 .9 2 2v9c0 1.1-.9 2-2 2H3c-1.1 0-2-.9-2-2V6c0-1.1.9-2 "
            + "2-2zm0 2v9h18V6H3zm2 2h5v5H5V8zm7 1h7v1.5h-7V9zm0 3h5v1.5h-5V12zM11 18h2v2h2l-3 3-3-3h2v-2z";

    private final FormQuestionViewModel model;
    private final Messages messages;
    private final ReadAloud readAloud;
    private final VBox root = FormViews.screen();

    public FormQuestionView(FormQuestionViewModel model, OverlayHost overlay, Messages messages, ReadAloud readAloud) {
        this.model = model;
        this.messages = messages;
        this.readAloud = readAloud;
        root.setId(FormIds.QUESTION);
        model.setArticleOpener(
                article -> overlay.show(new ArticlePanel(article, messages, overlay::close), article.spokenText()));
        Label progress = FormViews.text(model.progress(), "forms-progress");
        progress.setId(FormIds.PROGRESS);
        // The writing pad needs every line of the screen at the largest text size: there the progress sits at the
        // right of the question instead of on a line of its own, and the screen's margins are narrower.
        boolean writing = model.kind() == org.legalkiosk.content.forms.FormQuestion.Kind.PERSON_NAME
                || model.kind() == org.legalkiosk.content.forms.FormQuestion.Kind.SENTENCE;
        if (writing) {
            root.getStyleClass().add("forms-writing-screen");
        } else {
            root.getChildren().add(progress);
        }
        model.intro().ifPresent(i -> {
            Label intro = FormViews.text(i, "booking-notice");
            intro.getStyleClass().add(0, Styles.NOTICE_BOX);
            root.getChildren().add(intro);
        });
        model.prefillNote().ifPresent(n -> root.getChildren().add(FormViews.text(n, "forms-prefilled")));
        Label prompt = FormViews.text(model.prompt(), "forms-prompt");
        if (writing) {
            progress.setMaxWidth(Region.USE_PREF_SIZE);
            progress.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(prompt, Priority.ALWAYS);
            HBox top = new HBox(24, prompt, progress);
            top.setAlignment(Pos.TOP_LEFT);
            root.getChildren().add(top);
        } else {
            root.getChildren().add(prompt);
        }
        model.help().ifPresent(h -> root.getChildren().add(FormViews.text(h, "booking-prompt", "forms-help")));
        Node answer = answer();
        VBox.setVgrow(answer, Priority.ALWAYS);
        root.getChildren().addAll(answer, bottom());
    }

    private Node answer() {
        return switch (model.kind()) {
            case CHOICE, YES_NO -> new PagedScroll(choices(), messages, "forms-scroll");
            case MULTI -> new PagedScroll(ticks(), messages, "forms-scroll");
            case AMOUNT, NUMBER, DATE, PHONE -> keypad();
            case PERSON_NAME, SENTENCE -> writing();
            case ID_CARD -> card();
        };
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("booking-choices");
        for (int c = 0; c < 2; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            grid.getColumnConstraints().add(cc);
        }
        return grid;
    }

    private Node choices() {
        GridPane grid = grid();
        int i = 0;
        String chosen = model.chosen().orElse("");
        for (FormQuestionViewModel.Option o : model.options()) {
            TapArea card = TapArea.card(
                    FormIds.OPTION_PREFIX + o.id(),
                    o.label(),
                    o.id().equals(chosen) ? messages.get("forms.chosenBefore") : null,
                    () -> model.choose(o.id()),
                    "booking-choice");
            if (o.id().equals(chosen)) {
                card.getStyleClass().add("forms-chosen");
            }
            HBox.setHgrow(card, Priority.ALWAYS);
            HBox cell = new HBox(8, card, ReadItemButton.of("forms-read-" + o.id(), o.label(), readAloud, messages));
            cell.setAlignment(Pos.CENTER_LEFT);
            grid.add(cell, i % 2, i / 2);
            i++;
        }
        return grid;
    }

    private Node ticks() {
        GridPane grid = grid();
        int i = 0;
        for (FormQuestionViewModel.Option o : model.options()) {
            grid.add(tickCard(o), i % 2, i / 2);
            i++;
        }
        return grid;
    }

    private TapArea tickCard(FormQuestionViewModel.Option o) {
        ReadOnlyBooleanProperty ticked = model.tickedProperty(o.id());
        Node box = Icons.icon(BOX, 56);
        Node tick = Icons.icon(TICKED, 56);
        box.visibleProperty().bind(ticked.not());
        tick.visibleProperty().bind(ticked);
        Label title = FormViews.text(o.label(), "tile-title");
        Label state = FormViews.text(messages.get("booking.note.chosen"), "tile-hint");
        // Reserved even when not ticked: a card that grew on a tap would push the cards below it.
        state.visibleProperty().bind(ticked);
        VBox texts = new VBox(6, title, state);
        texts.setMinWidth(0);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox line = new HBox(24, new StackPane(box, tick), texts);
        line.setAlignment(Pos.CENTER_LEFT);
        TapArea card = new TapArea(0, line);
        card.setId(FormIds.OPTION_PREFIX + o.id());
        card.getStyleClass().addAll("tile", "booking-choice");
        card.setMaxWidth(Double.MAX_VALUE);
        card.setOnTap(() -> model.toggle(o.id()));
        return card;
    }

    private Node keypad() {
        KeypadEntryViewModel entry = model.keypad();
        Label field = FormViews.text("", "booking-field", "forms-field");
        field.setId(FormIds.FIELD);
        field.textProperty().bind(Bindings.createStringBinding(entry::shown, entry.typedProperty()));
        Label words = FormViews.text("", "forms-in-words");
        words.setId(FormIds.IN_WORDS);
        words.textProperty().bind(Bindings.createStringBinding(entry::inWords, entry.typedProperty()));
        // Its line is kept for amounts even before a digit is typed, so the field does not jump.
        words.setManaged(entry.kind() == org.legalkiosk.content.forms.FormQuestion.Kind.AMOUNT);
        VBox form = new VBox(16, field, words, FormViews.problem(model.problemProperty()), next());
        form.getStyleClass().add("booking-form");
        HBox.setHgrow(form, Priority.ALWAYS);
        Keypad keys =
                new Keypad(entry.keys(), 3, FormIds.KEY_PREFIX, messages, entry::type, entry::backspace, entry::clear);
        return new HBox(48, form, keys);
    }

    private Node writing() {
        TextEntryViewModel entry = model.text();
        Label field = FormViews.text("", "booking-field", "forms-field");
        field.setId(FormIds.FIELD);
        field.textProperty().bind(entry.shownProperty());
        // The message shows inside the field, over it: the pad and its candidates need every line of the screen,
        // and a message here only ever says that nothing is written yet (it goes as soon as anything is).
        Label problem = FormViews.problem(model.problemProperty());
        problem.getStyleClass().add("forms-field-problem");
        problem.setMinHeight(0);
        problem.maxHeightProperty().bind(field.heightProperty());
        StackPane fieldAndProblem = new StackPane(field, problem);
        fieldAndProblem.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(fieldAndProblem, Priority.ALWAYS);
        HBox row = new HBox(24, fieldAndProblem, next());
        row.setAlignment(Pos.TOP_LEFT);
        ChineseInputView pad = new ChineseInputView(FormIds.NAME_KEY_PREFIX, entry.input(), messages);
        return new VBox(8, row, pad);
    }

    private Node card() {
        Label hint = FormViews.text(model.cardHint(), "booking-prompt");
        hint.setAlignment(Pos.CENTER);
        VBox centre = new VBox(24, Icons.icon(CARD_ICON, 200), hint, FormViews.problem(model.problemProperty()));
        centre.setAlignment(Pos.CENTER);
        centre.getStyleClass().add("booking-card-panel");
        return centre;
    }

    private Node next() {
        return FormViews.primary(FormIds.NEXT, model.nextLabel(), model::next);
    }

    /** Skip (when the question may be left out) on the left, the articles on the right; the same place on every screen. */
    private Node bottom() {
        HBox chips = FormViews.chips(model.basisCaption(), model.chips(), model::openArticle);
        HBox.setHgrow(chips, Priority.ALWAYS);
        HBox row = new HBox(32, chips);
        row.setAlignment(Pos.BOTTOM_LEFT);
        if (model.optional()) {
            row.getChildren().add(FormViews.secondary(FormIds.SKIP, model.skipLabel(), model::skip));
        }
        if (model.kind() == org.legalkiosk.content.forms.FormQuestion.Kind.MULTI) {
            VBox right = new VBox(8, FormViews.problem(model.problemProperty()), next());
            right.setAlignment(Pos.CENTER_RIGHT);
            right.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(right);
        }
        return row;
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
