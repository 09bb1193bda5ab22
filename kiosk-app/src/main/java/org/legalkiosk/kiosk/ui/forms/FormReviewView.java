package org.legalkiosk.kiosk.ui.forms;

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
import org.legalkiosk.kiosk.ui.common.Screen;

/** Every answer in a scrolling table, the question small above the answer large, 修改 on the right of each. */
public final class FormReviewView implements Screen {

    private final FormReviewViewModel model;
    private final VBox root = FormViews.screen();

    public FormReviewView(FormReviewViewModel model, Messages messages) {
        this.model = model;
        GridPane table = new GridPane();
        table.getStyleClass().add("forms-review");
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        table.getColumnConstraints().addAll(text, new ColumnConstraints());
        int row = 0;
        for (FormReviewViewModel.Line line : model.lines()) {
            Label question = FormViews.text(line.question(), "forms-review-question");
            Label answer = FormViews.text(line.answer(), "forms-review-answer");
            answer.setId(FormIds.REVIEW_VALUE_PREFIX + line.questionId());
            VBox cell = new VBox(4, question, answer);
            if (line.fromSelfCheck()) {
                cell.getChildren().add(FormViews.text(model.fromSelfCheckLabel(), "forms-review-note"));
            }
            table.add(cell, 0, row);
            var change = FormViews.secondary(
                    FormIds.CHANGE_PREFIX + line.questionId(),
                    model.changeLabel(),
                    () -> model.change(line.questionId()));
            change.getStyleClass().add("forms-change");
            GridPane.setValignment(change, javafx.geometry.VPos.CENTER);
            table.add(change, 1, row);
            row++;
        }
        PagedScroll scroll = new PagedScroll(table, messages, "forms-review-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox actions = new HBox(FormViews.primary(FormIds.TO_PREVIEW, model.previewLabel(), model::preview));
        actions.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(FormViews.text(model.prompt(), "booking-prompt"), scroll, actions);
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
