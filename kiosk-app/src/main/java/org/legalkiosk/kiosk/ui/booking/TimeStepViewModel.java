package org.legalkiosk.kiosk.ui.booking;

import org.legalkiosk.kiosk.booking.store.SlotAvailability;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Step 4: which time of the chosen day; full times are shown greyed so the visitor sees why they are missing. */
public final class TimeStepViewModel implements ChoiceStepModel {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final BookingFlow flow;
    private final List<Choice> choices;
    private final Map<String, SlotAvailability> slots;
    private final String notice;

    public TimeStepViewModel(BookingFlow flow) {
        this.flow = flow;
        BookingDraft d = flow.draft();
        List<SlotAvailability> times = d.day() == null ? List.of()
                : flow.desk().times(d.officeId(), d.serviceId(), d.day());
        // A time already begun cannot be booked any more.
        LocalDateTime now = LocalDateTime.now(flow.context().clock());
        times = times.stream().filter(t -> t.slot().start().isAfter(now)).toList();
        this.slots = times.stream().collect(Collectors.toMap(t -> t.slot().id(), Function.identity()));
        var m = flow.context().messages();
        this.choices = times.stream().map(t -> new Choice(t.slot().id(), label(t), t.full() ? m.get("booking.time.full")
                : m.get("booking.time.free", t.remaining()), !t.full())).toList();
        this.notice = flow.takeNotice() == BookingFlow.Notice.SLOT_TAKEN ? m.get("booking.time.taken") : "";
    }

    static String label(SlotAvailability t) {
        return HH_MM.format(t.slot().start()) + "–" + HH_MM.format(t.slot().end());
    }

    @Override
    public String title() {
        return flow.context().messages().get("booking.title");
    }

    @Override
    public String prompt() {
        return flow.context().messages().get("booking.time.prompt") + "  " + DayStepViewModel.label(flow.draft().day(),
                flow.context().language());
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
    public List<Choice> choices() {
        return choices;
    }

    @Override
    public int columns() {
        return 3;
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
