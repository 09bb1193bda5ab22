package org.legalkiosk.kiosk.ui.forms;

import java.io.ByteArrayInputStream;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.Styles;

/**
 * The printed pages one under the other, each as wide as the screen (wider at the larger text sizes, then dragged
 * sideways), with Print at the bottom right; when no printer is ready, the reason and "book an appointment" take
 * Print's place, in the same spot.
 */
public final class FormPreviewView implements Screen {

    private final FormPreviewViewModel model;
    private final VBox root = FormViews.screen();

    public FormPreviewView(FormPreviewViewModel model, Messages messages) {
        this.model = model;
        if (!model.hasForm()) {
            Label nothing = FormViews.text(model.nothingMessage(), "booking-prompt");
            nothing.setId(FormIds.NOTHING);
            root.getChildren().add(nothing);
            return;
        }
        VBox pages = new VBox(24);
        pages.setId(FormIds.PAGES);
        pages.getStyleClass().add("forms-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        Label status = FormViews.text("", "booking-prompt");
        status.textProperty().bind(model.statusProperty());
        pages.getChildren().add(status);
        PagedScroll scroll = new PagedScroll(pages, messages, "forms-preview-scroll");
        ScrollPane pane = scroll.scrollPane();
        double factor = model.widthFactor();
        if (factor > 1) {
            pane.setFitToWidth(false);
            pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        }
        Runnable show = () -> showPages(pages, status, model.pagesProperty().get(), pane, factor);
        model.pagesProperty().addListener((o, was, now) -> show.run());
        show.run();
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(FormViews.text(model.prompt(), "booking-prompt"), scroll, actions());
    }

    private static void showPages(VBox pages, Label status, List<byte[]> pngs, ScrollPane pane, double factor) {
        if (pngs.isEmpty()) {
            return;
        }
        pages.getChildren().setAll(status);
        for (byte[] png : pngs) {
            ImageView page = new ImageView(new Image(new ByteArrayInputStream(png)));
            page.setPreserveRatio(true);
            page.setSmooth(true);
            page.getStyleClass().add("forms-page");
            page.fitWidthProperty()
                    .bind(Bindings.createDoubleBinding(
                            () -> Math.max(400, pane.getViewportBounds().getWidth() - 16) * factor,
                            pane.viewportBoundsProperty()));
            pages.getChildren().add(page);
        }
    }

    private Node actions() {
        Button print = FormViews.primary(FormIds.PRINT, model.printLabel(), model::print);
        print.getStyleClass().add("booking-confirm");
        var printing = model.printStateProperty().isEqualTo(FormFlow.PrintState.PRINTING);
        print.disableProperty().bind(printing);
        print.textProperty()
                .bind(Bindings.when(printing).then(model.printingLabel()).otherwise(model.printLabel()));
        Label problem = FormViews.text(model.noPrinterMessage(), "booking-problem");
        problem.setId(FormIds.NO_PRINTER);
        problem.getStyleClass().add(0, Styles.NOTICE_BOX);
        Button book = FormViews.primary(FormIds.BOOK, model.bookLabel(), model::book);
        book.getStyleClass().add("booking-confirm");
        HBox.setHgrow(problem, Priority.ALWAYS);
        Button retry = FormViews.secondary("forms-retry", model.retryLabel(), model::print);
        HBox noPrinter = new HBox(24, problem, retry, book);
        noPrinter.setAlignment(Pos.CENTER_RIGHT);
        var unable = model.noPrinterProperty();
        noPrinter.visibleProperty().bind(unable);
        noPrinter.managedProperty().bind(unable);
        print.visibleProperty().bind(unable.not());
        print.managedProperty().bind(unable.not());
        HBox row = new HBox(24, noPrinter, print);
        row.setAlignment(Pos.CENTER_RIGHT);
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
