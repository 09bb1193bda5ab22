package org.legalkiosk.kiosk.ui.selfcheck;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.ReadAloud;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.TapArea;
import org.legalkiosk.kiosk.ui.speech.ReadItemButton;

/**
 * One question: where the visitor is, the question in large type, the hardship standard when it matters, and the
 * answers as big buttons (two wide ones for yes/no, a list or two columns for choices).
 */
public final class SelfCheckQuestionView implements Screen {

    /** More choices than this go into two columns so all of them fit on one screen at normal size. */
    private static final int ONE_COLUMN_MAX = 4;

    private final SelfCheckQuestionViewModel model;
    private final VBox root = new VBox();

    private final ReadAloud readAloud;
    private final Messages messages;

    public SelfCheckQuestionView(SelfCheckQuestionViewModel model, Messages messages, ReadAloud readAloud) {
        this.model = model;
        this.readAloud = readAloud;
        this.messages = messages;
        SelfCheckStyle.apply(root);
        Label progress = SelfCheckStyle.label(model.progress(), "selfcheck-progress");
        progress.setId(SelfCheckIds.PROGRESS);
        Label question = SelfCheckStyle.label(model.questionText(), "selfcheck-question");
        question.setId(SelfCheckIds.QUESTION);
        // Tapping the question reads it again; the speaker beside each answer reads that answer.
        question.setOnMouseClicked(e -> readAloud.read(model.questionText()));
        VBox page = new VBox(16, question);
        model.hardship().ifPresent(h -> page.getChildren().add(hardship(h)));
        page.getChildren().add(SelfCheckStyle.label(model.answerHint(), "selfcheck-hint"));
        page.getChildren().add(model.isYesNo() ? yesNo() : choices());
        root.getChildren().addAll(progress, new PagedScroll(page, messages, SelfCheckIds.OPTIONS_SCROLL));
    }

    private Node hardship(SelfCheckQuestionViewModel.HardshipBox h) {
        VBox box = new VBox(
                SelfCheckStyle.label(h.caption(), "selfcheck-hardship-caption"),
                SelfCheckStyle.label(h.description(), "selfcheck-hardship-text"));
        h.exampleWarning().ifPresent(w -> box.getChildren().add(SelfCheckStyle.label(w, "selfcheck-example")));
        box.setId(SelfCheckIds.HARDSHIP);
        box.getStyleClass().add("selfcheck-hardship");
        return box;
    }

    private Node yesNo() {
        HBox row = new HBox(32);
        for (SelfCheckQuestionViewModel.Choice choice : model.choices()) {
            String icon = choice.id().equals("yes") ? SelfCheckStyle.VERDICT_CHECK : SelfCheckStyle.VERDICT_CROSS;
            Label label = SelfCheckStyle.label(choice.label(), "tile-title");
            label.setMaxWidth(Double.MAX_VALUE);
            label.setAlignment(javafx.geometry.Pos.CENTER);
            TapArea button = new TapArea(12, Icons.icon(icon, 72), label);
            button.setId(SelfCheckIds.option(choice.id()));
            button.getStyleClass().addAll("tile", "selfcheck-yes-no");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnTap(() -> model.answer(choice));
            HBox.setHgrow(button, Priority.ALWAYS);
            row.getChildren().addAll(button, readButton(choice));
        }
        return row;
    }

    private Node choices() {
        var all = model.choices();
        Pane pane;
        if (all.size() <= ONE_COLUMN_MAX) {
            pane = new VBox(16);
            all.forEach(c -> pane.getChildren().add(withReader(card(c), c)));
        } else {
            GridPane grid = new GridPane();
            grid.setHgap(16);
            grid.setVgap(16);
            for (int column = 0; column < 2; column++) {
                ColumnConstraints half = new ColumnConstraints();
                half.setPercentWidth(50);
                half.setHgrow(Priority.ALWAYS);
                grid.getColumnConstraints().add(half);
            }
            for (int i = 0; i < all.size(); i++) {
                TapArea card = card(all.get(i));
                card.setMaxHeight(Double.MAX_VALUE);
                grid.add(withReader(card, all.get(i)), i % 2, i / 2);
            }
            pane = grid;
        }
        return pane;
    }

    private Node readButton(SelfCheckQuestionViewModel.Choice choice) {
        return ReadItemButton.of(SelfCheckIds.readOption(choice.id()), choice.label(), readAloud, messages);
    }

    private Node withReader(TapArea card, SelfCheckQuestionViewModel.Choice choice) {
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(12, card, readButton(choice));
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private TapArea card(SelfCheckQuestionViewModel.Choice choice) {
        return TapArea.card(
                SelfCheckIds.option(choice.id()), choice.label(), null, () -> model.answer(choice), "selfcheck-answer");
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
