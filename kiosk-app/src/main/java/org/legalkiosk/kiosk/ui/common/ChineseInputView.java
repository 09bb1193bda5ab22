package org.legalkiosk.kiosk.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;

import org.legalkiosk.kiosk.service.input.Ink;
import org.legalkiosk.kiosk.service.input.PinyinConverter;

/**
 * The handwriting pad and the pinyin keyboard, one above the other behind two large tabs, at the same height so
 * nothing below moves when switching. The pad shows the 田字格 guide lines every villager learnt to write in; the
 * candidate row and the pinyin bar keep a fixed number of slots, so a candidate never slides under a finger.
 * Node ids: {@code prefix + "mode-hand"}, {@code "mode-pinyin"}, {@code "pad"}, {@code "hand-0"}..,
 * {@code "py-0"}.., {@code "undo"}, {@code "clear-pad"}, {@code "delete"}, and the letter keys {@code prefix + a}.
 */
public final class ChineseInputView extends VBox {

    private final ChineseInputViewModel model;
    private final Pane strokes = new Pane();
    private final List<Button> handSlots = new ArrayList<>();
    private final List<Button> pinyinSlots = new ArrayList<>();
    private final Label letters = new Label();
    private Polyline drawing;
    private final List<Ink.Point> points = new ArrayList<>();

    public ChineseInputView(String prefix, ChineseInputViewModel model, Messages messages) {
        this.model = model;
        getStyleClass().add("chinese-input");

        ToggleGroup group = new ToggleGroup();
        ToggleButton hand = tab(prefix + "mode-hand", model.handwritingLabel(), group);
        ToggleButton pinyin = tab(prefix + "mode-pinyin", model.pinyinLabel(), group);
        hand.setOnAction(e -> model.setMode(ChineseInputViewModel.Mode.HANDWRITING));
        pinyin.setOnAction(e -> model.setMode(ChineseInputViewModel.Mode.PINYIN));
        hand.setVisible(model.handwritingAvailable());
        hand.setManaged(model.handwritingAvailable());
        Label status = new Label(model.status());
        status.setId(prefix + "status");
        status.getStyleClass().add("input-status");
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox tabs = new HBox(12, hand, pinyin, status);
        tabs.setAlignment(Pos.CENTER_LEFT);

        Node handPane = handwritingPane(prefix, messages);
        Node pinyinPane = pinyinPane(prefix, messages);
        StackPane panes = new StackPane(handPane, pinyinPane);
        panes.setAlignment(Pos.TOP_CENTER);
        getChildren().addAll(tabs, panes);

        Runnable showMode = () -> {
            boolean handMode = model.modeProperty().get() == ChineseInputViewModel.Mode.HANDWRITING;
            handPane.setVisible(handMode);
            pinyinPane.setVisible(!handMode);
            (handMode ? hand : pinyin).setSelected(true);
        };
        model.modeProperty().addListener((o, a, b) -> showMode.run());
        showMode.run();
    }

    private static ToggleButton tab(String id, String text, ToggleGroup group) {
        ToggleButton tab = new ToggleButton(text);
        tab.setId(id);
        tab.getStyleClass().add("input-tab");
        tab.setToggleGroup(group);
        tab.setFocusTraversable(false);
        // A tab stays selected when tapped again: one of the two is always showing.
        tab.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (tab.isSelected()) {
                e.consume();
            }
        });
        return tab;
    }

    private Node handwritingPane(String prefix, Messages messages) {
        int size = ChineseInputViewModel.PAD_SIZE;
        Pane pad = new Pane();
        pad.setId(prefix + "pad");
        pad.getStyleClass().add("hand-pad");
        pad.setMinSize(size, size);
        pad.setPrefSize(size, size);
        pad.setMaxSize(size, size);
        pad.setClip(new Rectangle(size, size));
        for (Line guide : List.of(
                new Line(size / 2.0, 0, size / 2.0, size),
                new Line(0, size / 2.0, size, size / 2.0),
                new Line(0, 0, size, size),
                new Line(size, 0, 0, size))) {
            guide.getStyleClass().add("hand-guide");
            guide.setMouseTransparent(true);
            pad.getChildren().add(guide);
        }
        strokes.setMouseTransparent(true);
        pad.getChildren().add(strokes);
        pad.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> startStroke(e.getX(), e.getY()));
        pad.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> extendStroke(e.getX(), e.getY()));
        pad.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> endStroke());
        model.inkProperty().addListener((o, a, ink) -> redraw(ink));
        Label hint = new Label(model.padHint());
        hint.getStyleClass().add("input-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(size);
        VBox padBox = new VBox(8, pad, hint);

        GridPane row = new GridPane();
        row.getStyleClass().add("candidate-grid");
        for (int i = 0; i < ChineseInputViewModel.CANDIDATES; i++) {
            Button slot = candidate(prefix + "hand-" + i);
            int index = i;
            slot.setOnAction(e -> model.chooseHandwritten(model.handCandidates().get(index)));
            handSlots.add(slot);
            row.add(slot, i % 5, i / 5);
        }
        model.handCandidates().addListener((ListChangeListener<String>) c -> fill(handSlots, model.handCandidates()));
        fill(handSlots, model.handCandidates());
        Label choose = new Label(messages.get("input.chooseHandwritten"));
        choose.getStyleClass().add("input-hint");
        choose.setWrapText(true);

        Button undo = action(prefix + "undo", model.undoLabel(), model::undoStroke);
        Button clearPad = action(prefix + "clear-pad", model.clearPadLabel(), model::clearPad);
        Button delete = action(prefix + "delete", messages.get("search.backspace"), model::backspace);
        HBox actions = new HBox(12, undo, clearPad, delete);
        VBox right = new VBox(12, choose, row, actions);
        HBox pane = new HBox(24, padBox, right);
        pane.setAlignment(Pos.TOP_CENTER);
        pane.getStyleClass().add("input-pane");
        return pane;
    }

    private Node pinyinPane(String prefix, Messages messages) {
        letters.setId(prefix + "letters");
        letters.getStyleClass().add("input-letters");
        letters.textProperty().bind(model.lettersProperty());
        HBox bar = new HBox(8);
        bar.getStyleClass().add("candidate-bar");
        for (int i = 0; i < ChineseInputViewModel.CANDIDATES; i++) {
            Button slot = candidate(prefix + "py-" + i);
            int index = i;
            slot.setOnAction(e -> model.choosePinyin(model.pinyinCandidates().get(index)));
            pinyinSlots.add(slot);
            bar.getChildren().add(slot);
        }
        model.pinyinCandidates().addListener((ListChangeListener<PinyinConverter.Candidate>) c -> fillPinyin());
        fillPinyin();
        HBox top = new HBox(12, letters, bar);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setVisible(model.candidatesAvailable());
        top.setManaged(model.candidatesAvailable());
        LetterKeyboard keys = new LetterKeyboard(prefix, messages, model::type, model::backspace, model::clear);
        VBox pane = new VBox(8, top, keys);
        pane.getStyleClass().add("input-pane");
        return pane;
    }

    private static Button candidate(String id) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("candidate");
        b.setFocusTraversable(false);
        return b;
    }

    private static Button action(String id, String text, Runnable onTap) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().addAll("key", "key-action", "input-action");
        b.setFocusTraversable(false);
        b.setOnAction(e -> onTap.run());
        return b;
    }

    /** Slots keep their place; an empty one is invisible but still holds its space. */
    private static void fill(List<Button> slots, List<String> texts) {
        for (int i = 0; i < slots.size(); i++) {
            boolean has = i < texts.size();
            slots.get(i).setText(has ? texts.get(i) : "");
            slots.get(i).setVisible(has);
        }
    }

    private void fillPinyin() {
        fill(
                pinyinSlots,
                model.pinyinCandidates().stream()
                        .map(PinyinConverter.Candidate::text)
                        .toList());
        for (Button slot : pinyinSlots) {
            slot.getStyleClass().remove("candidate-word");
            if (slot.getText().length() > 1) {
                slot.getStyleClass().add("candidate-word");
            }
        }
    }

    private void startStroke(double x, double y) {
        points.clear();
        drawing = new Polyline();
        drawing.getStyleClass().add("hand-stroke");
        strokes.getChildren().add(drawing);
        extendStroke(x, y);
    }

    private void extendStroke(double x, double y) {
        if (drawing == null) {
            return;
        }
        int size = ChineseInputViewModel.PAD_SIZE;
        int px = (int) Math.round(Math.max(0, Math.min(size, x)));
        int py = (int) Math.round(Math.max(0, Math.min(size, y)));
        points.add(new Ink.Point(px, py));
        drawing.getPoints().addAll((double) px, (double) py);
    }

    private void endStroke() {
        if (drawing != null) {
            drawing = null;
            model.stroke(List.copyOf(points));
        }
    }

    private void redraw(Ink ink) {
        strokes.getChildren().clear();
        for (List<Ink.Point> stroke : ink.strokes()) {
            Polyline line = new Polyline();
            line.getStyleClass().add("hand-stroke");
            for (Ink.Point p : stroke) {
                line.getPoints().addAll((double) p.x(), (double) p.y());
            }
            // A tap without movement is a dot: draw it as a short mark so the visitor sees it counted.
            if (stroke.size() == 1) {
                line.getPoints().addAll(stroke.get(0).x() + 1.0, stroke.get(0).y() + 1.0);
            }
            strokes.getChildren().add(line);
        }
    }
}
