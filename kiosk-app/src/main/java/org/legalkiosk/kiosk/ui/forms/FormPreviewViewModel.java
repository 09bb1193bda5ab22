package org.legalkiosk.kiosk.ui.forms;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * size, and Print. When the A4 printer is not ready (unplugged, out of paper) the screen says so in plain words before
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

    FormPreviewViewModel(FormFlow flow, Route.FormPreview route) {
        this.flow = flow;
        this.route = route;
        this.m = flow.context().messages();
        this.interview = flow.interview().filter(i -> i.form().id().equals(route.formId()) && i.atReview());
        if (interview.isEmpty()) {
            return;
        }
        status.set(m.get("forms.preview.drawing"));
        flow.previewPages(
                drawn -> {
                    pages.set(List.copyOf(drawn));
                    status.set("");
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

    public String prompt() {
        return m.get("forms.preview.prompt");
    }

    public ReadOnlyObjectProperty<List<byte[]>> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    /** "Drawing the pages…", or why they could not be drawn; empty once they are shown. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * How much wider than the screen a page is drawn, so the printed text is at least as large as the visitor's text
     * size (at the normal size a page the width of the screen already is).
     */
    public double widthFactor() {
        TextSize size = flow.context().session().textSizeProperty().get();
        return (double) size.basePixels() / TextSize.NORMAL.basePixels();
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
        if (noPrinterProperty().get()) {
            sb.append(noPrinterMessage()).append(bookLabel()).append("。");
        } else {
            sb.append(printLabel()).append("。");
        }
        return sb.toString();
    }
}
