package org.legalkiosk.kiosk.ui.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.legalkiosk.booking.store.SlotAvailability;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.session.BookingStep;

/**
 * Step 3: which day; only days with a free seat in the next two weeks are offered. First of all comes the
 * soonest free time as one card: most visitors want the earliest appointment, and taking it skips the time step.
 */
public final class DayStepViewModel extends ListStepViewModel {

    /** The id of the "soonest free time" card. */
    public static final String SOONEST = "soonest";

    private final Optional<SlotAvailability> soonest;

    public DayStepViewModel(BookingFlow flow) {
        this(flow, days(flow));
    }

    private DayStepViewModel(BookingFlow flow, List<LocalDate> days) {
        this(flow, days, soonest(flow, days));
    }

    private DayStepViewModel(BookingFlow flow, List<LocalDate> days, Optional<SlotAvailability> soonest) {
        super(flow, choices(flow, days, soonest), "booking.day.prompt", 3);
        this.soonest = soonest;
    }

    private static List<LocalDate> days(BookingFlow flow) {
        BookingDraft d = flow.draft();
        return d.officeId() == null
                ? List.of()
                : flow.desk()
                        .days(
                                d.officeId(),
                                d.serviceId(),
                                LocalDateTime.now(flow.context().clock()),
                                BookingFlow.DAYS_AHEAD);
    }

    /**
     * The earliest time still offered (not begun, not within the minimum notice) and not full, on the first day with
     * a free seat.
     */
    private static Optional<SlotAvailability> soonest(BookingFlow flow, List<LocalDate> days) {
        BookingDraft d = flow.draft();
        LocalDateTime now = LocalDateTime.now(flow.context().clock());
        for (LocalDate day : days) {
            Optional<SlotAvailability> first = flow.desk().times(d.officeId(), d.serviceId(), day).stream()
                    .filter(t -> !t.full() && t.slot().bookableAt(now))
                    .findFirst();
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }

    private static List<Choice> choices(BookingFlow flow, List<LocalDate> days, Optional<SlotAvailability> soonest) {
        LocalDate today = flow.today();
        var m = flow.context().messages();
        Language language = flow.context().language();
        List<Choice> choices = new ArrayList<>();
        // Short enough to stay on one or two lines at the largest text size: the day in words and the start.
        soonest.ifPresent(t -> choices.add(new Choice(
                SOONEST,
                m.get(
                        "booking.day.soonest",
                        relative(t.slot().start().toLocalDate(), today, flow),
                        HH_MM.format(t.slot().start())),
                m.get("booking.day.soonestHint", label(t.slot().start().toLocalDate(), language)),
                true)));
        days.stream()
                .map(day -> new Choice(
                        day.toString(),
                        label(day, language),
                        day.equals(today)
                                ? m.get("booking.day.today")
                                : day.equals(today.plusDays(1)) ? m.get("booking.day.tomorrow") : null,
                        true))
                .forEach(choices::add);
        return choices;
    }

    private static String relative(LocalDate day, LocalDate today, BookingFlow flow) {
        var m = flow.context().messages();
        return day.equals(today)
                ? m.get("booking.day.today")
                : day.equals(today.plusDays(1))
                        ? m.get("booking.day.tomorrow")
                        : label(day, flow.context().language());
    }

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** {@code 11月29日 星期日} or {@code Sun 29 Nov}. */
    static String label(LocalDate day, Language language) {
        return language == Language.ZH
                ? DateTimeFormatter.ofPattern("M月d日 EEEE", Locale.CHINA).format(day)
                : DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK).format(day);
    }

    /** The prompt with the office's name, so a visitor whose office was the only one still sees where. */
    @Override
    public String prompt() {
        String office = flow.draft().officeId() == null
                ? ""
                : flow.desk().office(flow.draft().officeId()).map(o -> o.name()).orElse("");
        return office.isEmpty() ? super.prompt() : office + "：" + super.prompt();
    }

    @Override
    public String emptyMessage() {
        return flow.context().messages().get("booking.day.none", BookingFlow.DAYS_AHEAD);
    }

    @Override
    public void choose(Choice choice) {
        if (choice.id().equals(SOONEST) && soonest.isPresent()) {
            SlotAvailability t = soonest.get();
            flow.update(flow.draft()
                    .withDay(t.slot().start().toLocalDate())
                    .withSlot(t.slot().id(), t.slot().start()));
            flow.advance(BookingStep.TIME);
            return;
        }
        flow.update(flow.draft().withDay(LocalDate.parse(choice.id())));
        flow.advance(BookingStep.DAY);
    }
}
