package org.legalkiosk.kiosk.ui.forms;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.Styles;

/**
 * The printed pages one screenful ("part") at a time, each part exactly as wide and as tall as the page area, so there
 * is never anything to drag sideways or to find with a scroll bar: beside it, where every other screen has its page
 * buttons, 上一部分 and 下一部分 with "第 2 部分，共 6 部分" and the sheet between them (decision 0094). Print is at the
 * bottom right; when no printer is ready, the reason and "book an appointment" take Print's place, in the same spot.
 */
public final class FormPreviewView implements Screen {

    private static final String UP = "M7.41 15.41L12 10.83l4.59 4.58L18 14l-6-6-6 6z";
    private static final String DOWN = "M7.41 8.59L12 13.17l4.59-4.58L18 10l-6 6-6-6z";

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
        HBox middle = new HBox(16, pageArea(), partButtons());
        VBox.setVgrow(middle, Priority.ALWAYS);
        Label prompt = FormViews.text("", "booking-prompt");
        prompt.textProperty().bind(model.promptProperty());
        root.getChildren().addAll(prompt, middle, actions());
    }

    /** The part on screen, fitted to the area; "drawing…" (or why not) in its middle until the pages are there. */
    private Node pageArea() {
        ImageView page = new ImageView();
        page.setId(FormIds.PAGE);
        page.getStyleClass().add("forms-page");
        page.setSmooth(true);
        page.setManaged(false);
        Label status = FormViews.text("", "booking-prompt");
        status.setAlignment(Pos.CENTER);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        Label end = FormViews.text("", "booking-prompt", "forms-end-note");
        end.setId(FormIds.END_NOTE);
        end.setAlignment(Pos.CENTER);
        end.setManaged(false);
        end.setVisible(false);
        end.textProperty().bind(model.endNoteProperty());
        StackPane area = new StackPane(status, page, end);
        area.setId(FormIds.PAGES);
        area.getStyleClass().add("forms-pages");
        // The area takes the room the screen leaves it; its own content never makes it larger.
        area.setMinSize(0, 0);
        area.setPrefSize(0, 0);
        area.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        HBox.setHgrow(area, Priority.ALWAYS);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(area.widthProperty());
        clip.heightProperty().bind(area.heightProperty());
        area.setClip(clip);
        // The pictures are decoded here, on the screen's side: the view model knows only their sizes.
        List<Image> images = new ArrayList<>();
        Runnable decode = () -> {
            images.clear();
            for (byte[] png : model.pagesProperty().get()) {
                images.add(new Image(new ByteArrayInputStream(png)));
            }
        };
        decode.run();
        model.pagesProperty().addListener((o, was, now) -> decode.run());
        Runnable show = () -> model.currentPart()
                .ifPresentOrElse(
                        part -> {
                            Rectangle2D r = part.viewport();
                            double width = area.getWidth();
                            page.setImage(images.get(part.page()));
                            page.setViewport(r);
                            page.setFitWidth(width);
                            page.setFitHeight(r.getHeight() * width / r.getWidth());
                            page.relocate(0, 0);
                            page.setVisible(true);
                            // Where the sheet ends short of the area, the white below says so in words.
                            double top = page.getFitHeight() + 24;
                            double noteHeight = end.prefHeight(width - 48);
                            boolean room = !end.getText().isEmpty() && top + noteHeight <= area.getHeight();
                            end.resizeRelocate(24, top, width - 48, noteHeight);
                            end.setVisible(room);
                        },
                        () -> {
                            page.setVisible(false);
                            end.setVisible(false);
                        });
        model.partProperty().addListener((o, was, now) -> show.run());
        area.layoutBoundsProperty()
                .addListener((o, was, now) -> model.layout(Math.floor(now.getWidth()), Math.floor(now.getHeight())));
        return area;
    }

    /** 上一部分 above, where the visitor is, 下一部分 below: the same places as the page buttons of every other screen. */
    private Node partButtons() {
        Button previous = partButton(FormIds.PREVIOUS_PART, UP, model.previousPartLabel(), model::previousPart);
        previous.disableProperty().bind(model.canGoBackProperty().not());
        Button next = partButton(FormIds.NEXT_PART, DOWN, model.nextPartLabel(), model::nextPart);
        next.disableProperty().bind(model.canGoForwardProperty().not());
        Label position = FormViews.text("", "forms-part-position");
        position.setId(FormIds.PART_POSITION);
        position.setAlignment(Pos.CENTER);
        position.textProperty().bind(model.positionProperty());
        Label sheet = FormViews.text("", "forms-part-sheet");
        sheet.setId(FormIds.PART_SHEET);
        sheet.setAlignment(Pos.CENTER);
        sheet.textProperty().bind(model.pageOfPartProperty());
        VBox where = new VBox(8, position, sheet);
        where.setAlignment(Pos.CENTER);
        VBox buttons = new VBox(16, previous, where, next);
        buttons.getStyleClass().addAll("page-buttons", "forms-part-buttons");
        buttons.setAlignment(Pos.CENTER);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        // Shown (and taking room) only once there are parts, so "drawing…" never shows two dead buttons.
        var any = model.partCountProperty().greaterThan(0);
        buttons.visibleProperty().bind(any);
        return buttons;
    }

    private static Button partButton(String id, String icon, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setGraphic(Icons.icon(icon, 48));
        button.setContentDisplay(ContentDisplay.TOP);
        button.setWrapText(true);
        button.getStyleClass().addAll("page-button", "forms-part-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMaxHeight(Double.MAX_VALUE);
        VBox.setVgrow(button, Priority.ALWAYS);
        button.setOnAction(e -> action.run());
        return button;
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

    /** For tests. */
    FormPreviewViewModel model() {
        return model;
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
