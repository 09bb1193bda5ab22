package org.legalkiosk.kiosk.ui.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.legalkiosk.content.forms.Answer;
import org.legalkiosk.content.forms.FilledForm;
import org.legalkiosk.content.forms.FormDefinition;
import org.legalkiosk.content.forms.FormInterview;
import org.legalkiosk.content.forms.FormQuestion;
import org.legalkiosk.content.selfcheck.SelfCheckResult;
import org.legalkiosk.kiosk.service.booking.IdCardService;
import org.legalkiosk.kiosk.service.forms.FormDesk;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One visitor's form while it is being filled in. The answers live in the {@link FormInterview} held here, beside the
 * screens (each screen is rebuilt from its route on Back, a language or a text-size switch), and are wiped as soon as
 * the visitor leaves the form's screens, the form is printed, or the idle timeout resets the session, exactly as a
 * booking draft is: the next visitor finds nothing.
 * <p>
 * Back is the kiosk's route history: every answer opens the next {@link Route.FormStep}, and the flow remembers which
 * question (or the review) each step showed, so coming back to a step shows that question with its answer chosen.
 */
public final class FormFlow {

    private static final Logger LOG = LoggerFactory.getLogger(FormFlow.class);

    /** What the print button is doing; the preview shows it. */
    public enum PrintState {
        IDLE,
        PRINTING,
        FAILED
    }

    private final ScreenContext context;
    private final FormDesk desk;
    private final Supplier<Optional<SelfCheckResult>> selfCheck;
    private FormInterview interview;
    /** Step → the question it showed, or empty for the review. */
    private final Map<Integer, Optional<String>> steps = new HashMap<>();

    private List<byte[]> pages;
    /** The part of the pages the preview showed last, so a language or text-size switch keeps the visitor's place. */
    private PreviewParts.Part previewPart;

    private IdCardService.CardWait cardWait;
    private final ReadOnlyObjectWrapper<PrintState> printState = new ReadOnlyObjectWrapper<>(PrintState.IDLE);

    /**
     * @param selfCheck the visitor's finished self-check, if any, for a form started from its result
     */
    public FormFlow(ScreenContext context, Supplier<Optional<SelfCheckResult>> selfCheck) {
        this.context = Objects.requireNonNull(context, "context");
        this.selfCheck = Objects.requireNonNull(selfCheck, "selfCheck");
        var r = context.residents();
        this.desk = new FormDesk(context.content(), r.idCards(), r.printer(), r.formStatistics(), context.clock());
        context.navigator().currentProperty().addListener((o, old, route) -> {
            stopCardWait();
            if (!(route instanceof Route.FormStep
                    || route instanceof Route.FormPreview
                    || route instanceof Route.FormPrinted)) {
                forget();
            }
        });
        context.session().onReset(this::forget);
    }

    public ScreenContext context() {
        return context;
    }

    public FormDesk desk() {
        return desk;
    }

    /** The forms a finished self-check leads to (the legal-aid application after the legal-aid check). */
    public List<FormDefinition> formsAfterSelfCheck() {
        return selfCheck.get().map(desk::formsAfter).orElse(List.of());
    }

    /** Opens the first question of {@code formId}, with nothing answered (or what a self-check answered). */
    public void open(String formId, boolean fromSelfCheck) {
        forget();
        context.navigator().open(new Route.FormStep(formId, fromSelfCheck, 0));
    }

    /**
     * The interview at the place {@code step} showed, started if the visitor has none for this form. Empty when the
     * form is not in this terminal's content (a route left from an older content version).
     */
    public Optional<FormInterview> at(Route.FormStep step) {
        if (interview == null || !interview.form().id().equals(step.formId())) {
            Optional<SelfCheckResult> prefill = step.fromSelfCheck() ? selfCheck.get() : Optional.empty();
            interview = desk.start(step.formId(), prefill).orElse(null);
            steps.clear();
            pages = null;
            previewPart = null;
            if (interview == null) {
                return Optional.empty();
            }
        }
        Optional<String> shown = steps.get(step.step());
        if (shown != null) {
            interview.resume(shown);
        } else {
            steps.put(step.step(), interview.current().map(FormQuestion::id));
        }
        return Optional.of(interview);
    }

    /** The interview being filled in, for the preview and print screens; empty once printed or wiped. */
    public Optional<FormInterview> interview() {
        return Optional.ofNullable(interview);
    }

    /**
     * Answers the question on screen and opens the next step.
     *
     * @throws IllegalArgumentException when the answer does not fit (the screen checks first and says why)
     */
    public void answer(Route.FormStep step, Answer answer) {
        interview.answer(answer);
        advance(step);
    }

    /** "修改" beside an answer on the review: that question as the next step. */
    public void change(Route.FormStep step, String questionId) {
        interview.change(questionId);
        advance(step);
    }

    private void advance(Route.FormStep step) {
        pages = null;
        previewPart = null;
        steps.keySet().removeIf(s -> s > step.step());
        context.navigator().open(new Route.FormStep(step.formId(), step.fromSelfCheck(), step.step() + 1));
    }

    /** The pages as pictures, rendered once per set of answers, off the screen's thread. */
    public void previewPages(Consumer<List<byte[]>> then, Runnable onFailure) {
        if (pages != null) {
            then.accept(pages);
            return;
        }
        FormInterview shown = interview;
        var filled = shown.fill();
        context.tasks().inBackground(() -> {
            try {
                List<byte[]> rendered = desk.previewPages(filled);
                context.tasks().onScreen(() -> {
                    if (interview == shown) {
                        pages = rendered;
                        previewPart = null;
                        then.accept(rendered);
                    }
                });
            } catch (RuntimeException e) {
                LOG.error(
                        "The preview of form {} could not be drawn",
                        filled.form().number(),
                        e);
                context.tasks().onScreen(onFailure);
            }
        });
    }

    /** The part the preview last showed, if its pages are still the ones drawn. */
    Optional<PreviewParts.Part> previewPart() {
        return Optional.ofNullable(previewPart);
    }

    void rememberPreviewPart(PreviewParts.Part part) {
        previewPart = part;
    }

    public ReadOnlyObjectProperty<PrintState> printStateProperty() {
        return printState.getReadOnlyProperty();
    }

    /**
     * Prints on the A4 printer off the screen's thread; printed, the answers are gone and the visitor sees where to
     * take the paper. Not printed, everything stays and the preview says so and offers a booking instead.
     */
    public void print() {
        if (interview == null || !interview.atReview() || printState.get() == PrintState.PRINTING) {
            return;
        }
        // The answers are copied here, on the screen's thread; the print thread never touches the interview, so an
        // idle reset during a slow print wipes it safely, and what prints is what the visitor reviewed.
        FilledForm filled = interview.fill();
        String formId = filled.form().id();
        printState.set(PrintState.PRINTING);
        context.tasks().inBackground(() -> {
            FormDesk.Printed printed;
            try {
                printed = desk.print(filled);
            } catch (RuntimeException e) {
                LOG.error("Form {} could not be printed", formId, e);
                printed = null;
            }
            boolean ok = printed != null && printed.printed();
            context.tasks().onScreen(() -> {
                printState.set(ok ? PrintState.IDLE : PrintState.FAILED);
                if (ok) {
                    forget();
                    context.navigator().open(new Route.FormPrinted(formId));
                }
            });
        });
    }

    /** Waits for the ID card; the answer arrives on the screen's thread. Any earlier wait is stopped first. */
    public void waitForCard(Consumer<FormDesk.CardReading> onResult) {
        stopCardWait();
        cardWait = desk.readCard(reading -> context.tasks().onScreen(() -> onResult.accept(reading)));
    }

    public void stopCardWait() {
        if (cardWait != null) {
            cardWait.close();
            cardWait = null;
        }
    }

    /** Wipes the answers, the pictures of the pages and any wait for a card. */
    public void forget() {
        stopCardWait();
        if (interview != null) {
            interview.wipe();
        }
        interview = null;
        steps.clear();
        pages = null;
        previewPart = null;
        if (printState.get() != PrintState.PRINTING) {
            printState.set(PrintState.IDLE);
        }
    }
}
