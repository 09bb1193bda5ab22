package org.legalkiosk.kiosk.ui.booking;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.booking.print.SlipContent;
import org.legalkiosk.booking.print.SlipLanguage;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.booking.BookingAttempt;
import org.legalkiosk.kiosk.service.booking.BookingDesk;
import org.legalkiosk.kiosk.service.booking.BookingDetails;
import org.legalkiosk.kiosk.service.booking.BookingRequest;
import org.legalkiosk.kiosk.service.booking.CardResult;
import org.legalkiosk.kiosk.service.booking.IdCardService;
import org.legalkiosk.kiosk.service.print.PrintOutcome;
import org.legalkiosk.kiosk.session.BookingStep;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.common.ScreenTasks;
import org.legalkiosk.personal.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One visitor's way through booking: the {@link BookingDraft} the steps fill in, which step comes next (steps a
 * self-check answered are skipped), booking and printing off the screen's thread, and forgetting it all. Screens are
 * rebuilt on every route, language or size change, so what must outlive a screen lives here, one per kiosk screen.
 * <p>
 * The draft is dropped as soon as the visitor leaves the booking steps (Home, Back past the first step, a booking
 * made) and when the idle timeout resets the session, so no personal data is left for the next visitor.
 */
public final class BookingFlow {

    private static final Logger LOG = LoggerFactory.getLogger(BookingFlow.class);
    /** How far ahead a visitor may book. */
    public static final int DAYS_AHEAD = 14;
    /**
     * What an appointment can be about. The ids match the legal-aid self-check's matters, so a booking made from
     * the self-check's result arrives with its matter chosen.
     */
    public static final List<String> MATTERS = List.of(
            "unpaid-wages",
            "injury-compensation",
            "support-payments",
            "benefits",
            "domestic-violence",
            "land",
            "marriage-family",
            "inheritance",
            "loan",
            "neighbours",
            "other");

    /** Something to tell the visitor on the next screen they see. */
    public enum Notice {
        NONE,
        SLOT_TAKEN,
        BOOKING_FAILED
    }

    private final ScreenContext context;
    private final ScreenTasks tasks;
    private BookingDraft draft = BookingDraft.EMPTY;
    private boolean started;
    private boolean serviceGiven;
    private boolean matterGiven;
    private Notice notice = Notice.NONE;
    private IdCardService.CardWait cardWait;
    private final Map<String, Boolean> printed = new HashMap<>();

    /**
     * Booking, printing and scanning run on the context's {@link ScreenTasks} (a worker thread, results back on the
     * JavaFX thread; tests run them in place).
     */
    public BookingFlow(ScreenContext context) {
        this.context = context;
        this.tasks = context.tasks();
        context.navigator().currentProperty().addListener((o, old, route) -> onRoute(route));
        context.session().onReset(this::forget);
    }

    private void onRoute(Route route) {
        if (!(route instanceof Route.Booking step && step.step() == BookingStep.WHO)) {
            stopCardWait();
        }
        if (!(route instanceof Route.BookingStart) && !(route instanceof Route.Booking)) {
            forgetDraft();
        }
    }

    /** Drops the draft and everything the visitor did here (the idle timeout). */
    public void forget() {
        forgetDraft();
        printed.clear();
    }

    private void forgetDraft() {
        stopCardWait();
        draft = BookingDraft.EMPTY;
        started = false;
        serviceGiven = false;
        matterGiven = false;
        notice = Notice.NONE;
    }

    /** Starts a new draft for the route unless one is under way (the start screen rebuilt, or Back onto it). */
    public void startIfNew(Route.BookingStart start) {
        if (started) {
            return;
        }
        started = true;
        draft = BookingDraft.EMPTY;
        if (start.serviceId() != null && desk().service(start.serviceId()).isPresent()) {
            draft = withOnlyOffice(draft.withService(start.serviceId()));
            serviceGiven = true;
        }
        if (start.matterId() != null && MATTERS.contains(start.matterId())) {
            draft = draft.withMatter(start.matterId());
            matterGiven = true;
        }
    }

    public BookingStep firstStep() {
        return !serviceGiven ? BookingStep.SERVICE : draft.officeId() == null ? BookingStep.OFFICE : BookingStep.DAY;
    }

    /**
     * The draft with its office chosen when only one office offers the service: there is nothing to decide, so the
     * office step is not shown (its name and address are on the day step and the review).
     */
    public BookingDraft withOnlyOffice(BookingDraft d) {
        var offices = d.serviceId() == null
                ? java.util.List.<org.legalkiosk.booking.domain.Office>of()
                : desk().offices(d.serviceId());
        return offices.size() == 1 ? d.withOffice(offices.get(0).id()) : d;
    }

    /** The step the route shows. */
    public BookingStep stepOf(Route route) {
        return route instanceof Route.Booking step ? step.step() : firstStep();
    }

    /**
     * The step after {@code step}: the office is skipped when only one offers the service, typing by hand is only
     * ever chosen, and a matter the self-check gave is kept (its optional note is still offered).
     */
    public BookingStep stepAfter(BookingStep step) {
        return switch (step) {
            case SERVICE -> draft.officeId() == null ? BookingStep.OFFICE : BookingStep.DAY;
            case OFFICE -> BookingStep.DAY;
            case DAY -> BookingStep.TIME;
            case TIME -> BookingStep.WHO;
            case WHO_BY_HAND -> BookingStep.WHO_ID_NUMBER;
            case WHO, WHO_ID_NUMBER -> BookingStep.PHONE;
            case PHONE -> matterGiven ? BookingStep.NOTE : BookingStep.MATTER;
            case MATTER -> BookingStep.NOTE;
            case NOTE, REVIEW -> BookingStep.REVIEW;
        };
    }

    /** Opens the step after {@code step}. */
    public void advance(BookingStep step) {
        go(stepAfter(step));
    }

    public void go(BookingStep step) {
        context.navigator().open(new Route.Booking(step));
    }

    public BookingDraft draft() {
        return draft;
    }

    public void update(BookingDraft changed) {
        draft = changed;
    }

    /** The notice for the next screen, given once. */
    public Notice takeNotice() {
        Notice n = notice;
        notice = Notice.NONE;
        return n;
    }

    public BookingDesk desk() {
        return context.residents().bookings();
    }

    public ScreenContext context() {
        return context;
    }

    public LocalDate today() {
        return LocalDate.now(context.clock());
    }

    /** Waits for a card; the answer arrives on the screen's thread. Any earlier wait is stopped first. */
    public void waitForCard(Consumer<CardResult> onResult) {
        stopCardWait();
        cardWait = context.residents().idCards().waitForCard(result -> tasks.onScreen(() -> onResult.accept(result)));
    }

    public void stopCardWait() {
        if (cardWait != null) {
            cardWait.close();
            cardWait = null;
        }
    }

    /**
     * Books the draft and prints the slip, off the screen's thread; then shows the done screen (the draft is
     * dropped on the way: the booking is in the store now). When the time was taken meanwhile, goes back to the
     * time step with everything else kept and a notice there.
     */
    public void confirm(Runnable onFailure) {
        BookingDraft d = draft;
        if (!d.complete()) {
            throw new IllegalStateException("the draft is not complete: " + d);
        }
        Language language = context.language();
        BookingRequest request =
                new BookingRequest(d.slotId(), d.name(), d.idNumber(), d.phone(), d.matterId(), officeNote(d.notes()));
        tasks.inBackground(() -> {
            BookingAttempt attempt = desk().attempt(request);
            if (attempt instanceof BookingAttempt.SlotTaken) {
                tasks.onScreen(this::slotTaken);
            } else if (attempt instanceof BookingAttempt.Failed failed) {
                LOG.error("Booking failed: {}", failed.problem());
                tasks.onScreen(onFailure);
            } else if (attempt instanceof BookingAttempt.Booked booked) {
                BookingDetails details = booked.details();
                PrintOutcome outcome = print(details, language);
                String code = details.booking().code();
                tasks.onScreen(() -> {
                    printed.put(code, outcome.printed());
                    context.navigator().home();
                    context.navigator().open(new Route.BookingDone(code));
                });
            }
        });
    }

    private void slotTaken() {
        draft = draft.withoutSlot();
        notice = Notice.SLOT_TAKEN;
        while (context.navigator().current() instanceof Route.Booking step
                && step.step().compareTo(BookingStep.TIME) > 0) {
            context.navigator().back();
        }
    }

    /** Whether the slip of a booking made at this visit printed; empty when it was not made here. */
    public java.util.Optional<Boolean> printed(String code) {
        return java.util.Optional.ofNullable(printed.get(code));
    }

    /** Prints a slip again off the screen's thread; {@code done} gets whether it printed, on the screen's thread. */
    public void reprint(String code, Consumer<Boolean> done) {
        Language language = context.language();
        tasks.inBackground(
                () -> desk().find(code).map(d -> print(d, language).printed()).orElse(false), ok -> {
                    printed.put(code, ok);
                    done.accept(ok);
                });
    }

    /** Runs slow work (a scan, a cancel) off the screen's thread and hands its answer back onto it. */
    public <T> void inBackground(java.util.function.Supplier<T> work, Consumer<T> then) {
        tasks.inBackground(work, then);
    }

    private PrintOutcome print(BookingDetails details, Language language) {
        try {
            PrintOutcome outcome = context.residents().printer().printSlip(slip(details, language));
            if (!outcome.printed()) {
                LOG.warn("Slip for {} not printed: {}", details.booking().code(), outcome.problem());
            }
            return outcome;
        } catch (RuntimeException e) {
            LOG.error("Slip for {} not printed", details.booking().code(), e);
            return PrintOutcome.notPrinted(e.toString());
        }
    }

    /** The slip of a booking in the visitor's language, personal data masked. */
    public static SlipContent slip(BookingDetails details, Language language) {
        Messages m = Messages.of(language);
        var b = details.booking();
        return new SlipContent(
                details.office().name(),
                details.office().address(),
                details.office().phone(),
                serviceName(details.service(), language),
                details.slot().start(),
                BookingCode.format(b.code()),
                List.of(m.get("booking.bring.idCard"), m.get("booking.bring.papers")),
                PersonalData.maskName(b.name()),
                PersonalData.maskIdNumber(b.idNumber()),
                PersonalData.maskPhone(b.phone()),
                language == Language.ZH ? SlipLanguage.ZH : SlipLanguage.EN);
    }

    /**
     * The note stored with a booking: the chosen phrases in Chinese, whatever language the visitor used, because it
     * is read by the office's staff; empty when none was chosen.
     */
    public static String officeNote(List<String> phraseIds) {
        Messages zh = Messages.of(Language.ZH);
        return String.join(
                "；", phraseIds.stream().map(id -> zh.get("booking.note." + id)).toList());
    }

    public static String serviceName(org.legalkiosk.booking.domain.Service service, Language language) {
        return language == Language.ZH ? service.nameZh() : service.nameEn();
    }
}
