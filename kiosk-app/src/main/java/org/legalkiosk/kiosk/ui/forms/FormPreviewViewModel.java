package org.legalkiosk.kiosk.ui.forms;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.legalkiosk.content.forms.FormInterview;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.session.TextSize;
import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * The pages exactly as they will print (drawn off the screen's thread), large enough to read at the visitor's text
 * size and never wider than the screen, shown one screenful ("part") at a time with 上一部分 / 下一部分 and where the
 * visitor is ({@link PreviewParts}, decision 0094), and Print. When the A4 printer is not ready (unplugged, out of paper) the screen says so in plain words before
 * anything is lost and offers an appointment instead: staff at the office can print or write the form.
 */
public final class FormPreviewViewModel {

    private final FormFlow flow;
    private final Route.FormPreview route;
    private final Optional<FormInterview> interview;
    private final Messages m;
    private final ReadOnlyObjectWrapper<List<byte[]>> pages = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noPrinter = new ReadOnlyBooleanWrapper(false);
    private List<PreviewParts.Sheet> sheets = List.of();
    private List<PreviewParts.Part> parts = List.of();
    private double areaWidth;
    private double areaHeight;
    private final ReadOnlyIntegerWrapper part = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper partCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageOfPart = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper endNote = new ReadOnlyStringWrapper("");
    private final StringBinding prompt;
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(false);

    FormPreviewViewModel(FormFlow flow, Route.FormPreview route) {
        this.flow = flow;
        this.route = route;
        this.m = flow.context().messages();
        this.interview = flow.interview().filter(i -> i.form().id().equals(route.formId()) && i.atReview());
        // Without a printer the screen must not tell the visitor to tap Print: the button is not there.
        BooleanExpression cannotPrint = noPrinterProperty();
        prompt = Bindings.createStringBinding(
                () -> m.get(cannotPrint.get() ? "forms.preview.promptNoPrinter" : "forms.preview.prompt"), cannotPrint);
        cannotPrint.addListener((o, was, now) -> endNote.set(endNoteAt(part.get())));
        if (interview.isEmpty()) {
            return;
        }
        status.set(m.get("forms.preview.drawing"));
        flow.previewPages(
                drawn -> {
                    sheets = drawn.stream().map(PreviewParts::sheet).toList();
                    pages.set(List.copyOf(drawn));
                    status.set("");
                    cut();
                },
                () -> status.set(m.get("forms.preview.failed")));
        noPrinter.set(!flow.desk().canPrint());
    }

    /** Whether there is a form to show (a route left after printing or a reset has none). */
    public boolean hasForm() {
        return interview.isPresent();
    }

    public String title() {
        return interview
                .map(i -> i.form().title().in(m.language())
                        + i.form().caseType().map(c -> c.in(m.language())).orElse(""))
                .orElse(m.get("forms.title"));
    }

    public String nothingMessage() {
        return m.get("forms.preview.nothing");
    }

    /** What to do on this screen; it changes when the printer goes away (or comes back). */
    public StringExpression promptProperty() {
        return prompt;
    }

    public String prompt() {
        return prompt.get();
    }

    public ReadOnlyObjectProperty<List<byte[]>> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    /** "Drawing the pages…", or why they could not be drawn; empty once they are shown. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * The page area's size on screen, whenever it changes: the pages are cut again into parts that fit it, and the
     * visitor stays where they were on the page.
     */
    public void layout(double width, double height) {
        if (width == areaWidth && height == areaHeight) {
            return;
        }
        areaWidth = width;
        areaHeight = height;
        cut();
    }

    private void cut() {
        PreviewParts.Part was = currentPart().or(flow::previewPart).orElse(null);
        TextSize size = flow.context().session().textSizeProperty().get();
        parts = List.copyOf(PreviewParts.cut(sheets, areaWidth, areaHeight, size.basePixels()));
        int at = parts.isEmpty() ? -1 : was == null ? 0 : PreviewParts.nearest(parts, was);
        partCount.set(parts.size());
        show(at);
    }

    /** The note under the last part of a sheet: another sheet follows, or the form ends (and then: print). */
    private String endNoteAt(int index) {
        if (index < 0 || index >= parts.size()) {
            return "";
        }
        boolean last = index == parts.size() - 1;
        if (!last && parts.get(index + 1).page() == parts.get(index).page()) {
            return "";
        }
        if (!last) {
            return m.get("forms.preview.endOfSheet");
        }
        return m.get(noPrinterProperty().get() ? "forms.preview.endOfFormNoPrinter" : "forms.preview.endOfForm");
    }

    private void show(int index) {
        // The texts first, then the part: the screen draws the part (and the note under it) as the index changes.
        canGoBack.set(index > 0);
        canGoForward.set(index >= 0 && index < parts.size() - 1);
        if (index < 0) {
            position.set("");
            pageOfPart.set("");
            endNote.set("");
        } else {
            endNote.set(endNoteAt(index));
            flow.rememberPreviewPart(parts.get(index));
            position.set(m.get("forms.preview.part", index + 1, parts.size()));
            pageOfPart.set(m.get("forms.preview.sheet", parts.get(index).page() + 1, sheets.size()));
        }
        // -1 first, so the screen redraws even when the index stays the same after a new cut.
        part.set(-1);
        part.set(index);
    }

    /** The part on screen: which page, and which rectangle of its picture. */
    public Optional<PreviewParts.Part> currentPart() {
        int i = part.get();
        return i < 0 || i >= parts.size() ? Optional.empty() : Optional.of(parts.get(i));
    }

    /** The index of the part on screen, -1 before the pages are drawn and laid out. */
    public ReadOnlyIntegerProperty partProperty() {
        return part.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty partCountProperty() {
        return partCount.getReadOnlyProperty();
    }

    /** "第 2 部分，共 6 部分". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** "第 1 页，共 2 页": the sheet of paper the part is on. */
    public ReadOnlyStringProperty pageOfPartProperty() {
        return pageOfPart.getReadOnlyProperty();
    }

    /**
     * On the last part of a sheet, that the sheet (or the whole form) ends here, so white below it is not taken for
     * something missing; empty elsewhere.
     */
    public ReadOnlyStringProperty endNoteProperty() {
        return endNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    public void previousPart() {
        if (canGoBack.get()) {
            show(part.get() - 1);
        }
    }

    public void nextPart() {
        if (canGoForward.get()) {
            show(part.get() + 1);
        }
    }

    public String previousPartLabel() {
        return m.get("forms.preview.previousPart");
    }

    public String nextPartLabel() {
        return m.get("forms.preview.nextPart");
    }

    /** Whether to say that nothing can be printed here now: no printer ready, or the last try failed. */
    public BooleanExpression noPrinterProperty() {
        // A binding listens weakly, so the flow's property does not keep old screens alive.
        return noPrinter.or(flow.printStateProperty().isEqualTo(FormFlow.PrintState.FAILED));
    }

    public String noPrinterMessage() {
        return m.get("forms.preview.noPrinter");
    }

    public ReadOnlyObjectProperty<FormFlow.PrintState> printStateProperty() {
        return flow.printStateProperty();
    }

    public String printLabel() {
        return m.get("forms.preview.print");
    }

    public String printingLabel() {
        return m.get("forms.preview.printing");
    }

    /** Prints; or, when the printer turned out not to be ready, says so (Print becomes "try again"). */
    public void print() {
        boolean ready = flow.desk().canPrint();
        noPrinter.set(!ready);
        if (ready) {
            flow.print();
        }
    }

    public String retryLabel() {
        return m.get("forms.preview.retry");
    }

    public String bookLabel() {
        return m.get("forms.preview.book");
    }

    /** An appointment instead: the office can print the form or help fill it in. */
    public void book() {
        flow.context().navigator().open(new Route.BookingStart(null, null));
    }

    public String spokenText() {
        if (interview.isEmpty()) {
            return title() + "。" + nothingMessage();
        }
        StringBuilder sb = new StringBuilder(title()).append("。").append(prompt());
        if (!position.get().isEmpty()) {
            // The lines the narrow column breaks at are read as one sentence.
            sb.append(m.get(
                    "forms.preview.partSpoken",
                    position.get().replace('\n', ' '),
                    pageOfPart.get().replace('\n', ' ')));
            sb.append(endNote.get());
        }
        if (noPrinterProperty().get()) {
            sb.append(noPrinterMessage()).append(bookLabel()).append("。");
        } else {
            sb.append(printLabel()).append("。");
        }
        return sb.toString();
    }
}
