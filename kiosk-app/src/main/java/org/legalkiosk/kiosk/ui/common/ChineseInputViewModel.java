package org.legalkiosk.kiosk.ui.common;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.legalkiosk.kiosk.service.input.ChineseInput;
import org.legalkiosk.kiosk.service.input.Ink;
import org.legalkiosk.kiosk.service.input.PinyinConverter;

/**
 * Chinese without a physical keyboard, for a field that takes it (the search box, the name when booking by hand):
 * draw a character on the pad and tap it in the row of candidates, or tap its pinyin and choose it from the bar.
 * Chosen characters go to the field ({@link Target#commit}); letters still being composed are shown in the field
 * too ({@link Target#compose}) so search can already use them. Without a dictionary the letters go straight to the
 * field, as before; without a recogniser the pad is not offered and {@link #status()} says so.
 */
public final class ChineseInputViewModel {

    /** The field this input writes into. */
    public interface Target {
        /** Characters chosen: add them to the field. */
        void commit(String text);

        /** Letters typed but not yet turned into characters ({@code ""} when none). */
        void compose(String letters);

        /** Delete key with nothing being composed: remove the field's last character. */
        void backspace();

        void clear();
    }

    public enum Mode {
        HANDWRITING,
        PINYIN
    }

    /** How many characters the pad's candidate row and the pinyin bar show. */
    public static final int CANDIDATES = 10;
    /** The pad's drawing area in pixels (square); strokes are recorded in these coordinates. */
    public static final int PAD_SIZE = 360;

    private static final int MAX_COMPOSE = 24;

    private final ChineseInput input;
    private final Target target;
    private final Messages messages;
    private final ObjectProperty<Mode> mode;
    private final ObjectProperty<Ink> ink = new SimpleObjectProperty<>(Ink.empty(PAD_SIZE, PAD_SIZE));
    private final ReadOnlyStringWrapper letters = new ReadOnlyStringWrapper("");
    private final ObservableList<String> handCandidates = FXCollections.observableArrayList();
    private final ObservableList<PinyinConverter.Candidate> pinyinCandidates = FXCollections.observableArrayList();
    private final ObservableList<String> handView = FXCollections.unmodifiableObservableList(handCandidates);
    private final ObservableList<PinyinConverter.Candidate> pinyinView =
            FXCollections.unmodifiableObservableList(pinyinCandidates);

    public ChineseInputViewModel(ChineseInput input, Target target, Messages messages) {
        this.input = input;
        this.target = target;
        this.messages = messages;
        // The handwriting model and the pinyin dictionary are read as a pad first opens, not when the kiosk starts
        // (issue 10's memory).
        input.handwriting().prepare();
        input.pinyin().prepare();
        // Handwriting first: it is what a villager who cannot spell pinyin needs, and pinyin users find the tab.
        this.mode = new SimpleObjectProperty<>(handwritingAvailable() ? Mode.HANDWRITING : Mode.PINYIN);
    }

    public boolean handwritingAvailable() {
        return input.handwriting().available();
    }

    public boolean candidatesAvailable() {
        return input.pinyin().available();
    }

    /** What this terminal cannot offer, in plain words, or {@code ""} when it has everything. */
    public String status() {
        if (!handwritingAvailable() && !candidatesAvailable()) {
            return messages.get("input.noHandwritingNoCandidates");
        }
        if (!handwritingAvailable()) {
            return messages.get("input.noHandwriting");
        }
        return candidatesAvailable() ? "" : messages.get("input.noCandidates");
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public void setMode(Mode m) {
        if (m == Mode.HANDWRITING && !handwritingAvailable()) {
            return;
        }
        mode.set(m);
    }

    public ReadOnlyObjectProperty<Ink> inkProperty() {
        return ink;
    }

    public ObservableList<String> handCandidates() {
        return handView;
    }

    public ObservableList<PinyinConverter.Candidate> pinyinCandidates() {
        return pinyinView;
    }

    public ReadOnlyStringProperty lettersProperty() {
        return letters.getReadOnlyProperty();
    }

    // ---------- the pad ----------

    /** A stroke finished on the pad (pad coordinates); the candidates follow every stroke. */
    public void stroke(List<Ink.Point> points) {
        ink.set(ink.get().withStroke(points));
        recognise();
    }

    public void undoStroke() {
        ink.set(ink.get().withoutLastStroke());
        recognise();
    }

    public void clearPad() {
        ink.set(Ink.empty(PAD_SIZE, PAD_SIZE));
        handCandidates.clear();
    }

    /** A character tapped in the candidate row: it goes to the field and the pad is clean for the next one. */
    public void chooseHandwritten(String character) {
        target.commit(character);
        clearPad();
    }

    private void recognise() {
        handCandidates.setAll(input.handwriting().candidates(ink.get(), CANDIDATES));
    }

    // ---------- pinyin ----------

    /** A letter key, or {@code ' '} for Space. */
    public void type(char c) {
        if (!candidatesAvailable()) {
            target.commit(String.valueOf(c));
            return;
        }
        if (c == ' ') {
            if (!pinyinCandidates.isEmpty()) {
                choosePinyin(pinyinCandidates.get(0));
            } else if (letters.get().isEmpty()) {
                target.commit(" ");
            }
            return;
        }
        if (letters.get().length() < MAX_COMPOSE && c >= 'a' && c <= 'z') {
            setLetters(letters.get() + c);
        }
    }

    /** A word tapped on the candidate bar: it replaces the letters it stands for; the rest stay for the next. */
    public void choosePinyin(PinyinConverter.Candidate candidate) {
        String rest = letters.get()
                .substring(Math.min(candidate.letters(), letters.get().length()));
        target.commit(candidate.text());
        setLetters(rest);
    }

    public void backspace() {
        String s = letters.get();
        if (s.isEmpty()) {
            target.backspace();
        } else {
            setLetters(s.substring(0, s.length() - 1));
        }
    }

    public void clear() {
        setLetters("");
        clearPad();
        target.clear();
    }

    private void setLetters(String s) {
        letters.set(s);
        pinyinCandidates.setAll(s.isEmpty() ? List.of() : input.pinyin().candidates(s, CANDIDATES));
        target.compose(s);
    }

    // ---------- words ----------

    public String handwritingLabel() {
        return messages.get("input.handwriting");
    }

    public String pinyinLabel() {
        return messages.get("input.pinyin");
    }

    public String padHint() {
        return messages.get("input.padHint");
    }

    public String undoLabel() {
        return messages.get("input.undoStroke");
    }

    public String clearPadLabel() {
        return messages.get("input.clearPad");
    }

    public String candidatesHint() {
        return messages.get(mode.get() == Mode.HANDWRITING ? "input.chooseHandwritten" : "input.choosePinyin");
    }

    /** Read aloud with the screen: how to enter text here. */
    public String spokenText() {
        String s = status();
        String how = mode.get() == Mode.HANDWRITING ? padHint() : messages.get("input.pinyinHint");
        return (s.isEmpty() ? "" : s + "。") + how;
    }
}
