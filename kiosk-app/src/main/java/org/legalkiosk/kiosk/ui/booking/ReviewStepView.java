package org.legalkiosk.kiosk.ui.booking;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.Screen;

/** Everything chosen, in a two-column table with personal data masked, and below it the button that books. */
public final class ReviewStepView implements Screen {

    private final ReviewStepViewModel model;
    private final VBox root = BookingViews.screen();

    public ReviewStepView(ReviewStepViewModel model, Messages messages) {
        this.model = model;
        GridPane table = table(model.rows(), BookingIds.REVIEW_PREFIX);
        Button confirm = BookingViews.primary(BookingIds.CONFIRM, model.confirmLabel(), model::confirm);
        confirm.getStyleClass().add("booking-confirm");
        confirm.disableProperty().bind(model.busyProperty());
        confirm.textProperty()
                .bind(javafx.beans.binding.Bindings.when(model.busyProperty())
                        .then(model.workingLabel())
                        .otherwise(model.confirmLabel()));
        // The table scrolls, the button does not: at the largest text size a long summary would push it out of
        // sight, and a visitor who does not know to page down would be left without a way to book.
        PagedScroll summary = new PagedScroll(table, messages, "booking-scroll");
        VBox.setVgrow(summary, Priority.ALWAYS);
        root.getChildren()
                .addAll(
                        BookingViews.prompt(model.prompt()),
                        summary,
                        BookingViews.problem(model.problemProperty()),
                        confirm);
    }

    /** Label and value rows; shared with My booking. */
    static GridPane table(java.util.List<ReviewStepViewModel.Row> rows, String idPrefix) {
        GridPane table = new GridPane();
        table.getStyleClass().add("booking-table");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        table.getColumnConstraints().addAll(labels, values);
        int r = 0;
        for (ReviewStepViewModel.Row row : rows) {
            Label label = new Label(row.label());
            label.getStyleClass().add("booking-table-label");
            Label value = new Label(row.value());
            value.setId(idPrefix + r);
            value.getStyleClass().add("booking-table-value");
            value.setWrapText(true);
            table.addRow(r++, label, value);
        }
        return table;
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
