package org.legalkiosk.kiosk.ui.booking;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.legalkiosk.booking.store.SlotAvailability;
import org.legalkiosk.kiosk.session.BookingStep;

/** Step 4: which time of the chosen day; full times are shown greyed so the visitor sees why they are missing. */
public final class TimeStepViewModel extends ListStepViewModel {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Map<String, SlotAvailability> slots;
    private final String notice;

    public TimeStepViewModel(BookingFlow flow) {
        this(flow, openTimes(flow));
    }

    private TimeStepViewModel(BookingFlow flow, List<SlotAvailability> times) {
        super(flow, choices(flow, times), "booking.time.prompt", 3);
        this.slots = times.stream().collect(Collectors.toMap(t -> t.slot().id(), Function.identity()));
        this.notice = flow.takeNotice() == BookingFlow.Notice.SLOT_TAKEN
                ? flow.context().messages().get("booking.time.taken")
                : "";
    }

    private static List<SlotAvailability> openTimes(BookingFlow flow) {
        BookingDraft d = flow.draft();
        List<SlotAvailability> times =
                d.day() == null ? List.of() : flow.desk().times(d.officeId(), d.serviceId(), d.day());
        // A time already begun, or within the office's minimum notice (decision 0061), cannot be booked any more.
        LocalDateTime now = LocalDateTime.now(flow.context().clock());
        return times.stream().filter(t -> t.slot().bookableAt(now)).toList();
    }

    private static List<Choice> choices(BookingFlow flow, List<SlotAvailability> times) {
        var m = flow.context().messages();
        return times.stream()
                .map(t -> new Choice(
                        t.slot().id(),
                        label(t),
                        t.full() ? m.get("booking.time.full") : m.get("booking.time.free", t.remaining()),
                        !t.full()))
                .toList();
    }

    static String label(SlotAvailability t) {
        return HH_MM.format(t.slot().start()) + "–" + HH_MM.format(t.slot().end());
    }

    @Override
    public String prompt() {
        return super.prompt() + "  "
                + DayStepViewModel.label(flow.draft().day(), flow.context().language());
    }

    @Override
    public String emptyMessage() {
        return flow.context().messages().get("booking.time.none");
    }

    @Override
    public String notice() {
        return notice;
    }

    @Override
    public void choose(Choice choice) {
        SlotAvailability t = slots.get(choice.id());
        if (t == null || t.full()) {
            return;
        }
        flow.update(flow.draft().withSlot(t.slot().id(), t.slot().start()));
        flow.advance(BookingStep.TIME);
    }
}
