package org.legalkiosk.kiosk.ui.booking;

import org.legalkiosk.content.model.Language;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Step 3: which day; only days with a free seat in the next two weeks are offered. */
public final class DayStepViewModel extends ListStepViewModel {

    public DayStepViewModel(BookingFlow flow) {
        super(flow, days(flow), "booking.day.prompt", 3);
    }

    private static List<Choice> days(BookingFlow flow) {
        BookingDraft d = flow.draft();
        LocalDate today = flow.today();
        List<LocalDate> days = d.officeId() == null ? List.of()
                : flow.desk().days(d.officeId(), d.serviceId(), java.time.LocalDateTime.now(flow.context().clock()),
                        BookingFlow.DAYS_AHEAD);
        var m = flow.context().messages();
        return days.stream().map(day -> new Choice(day.toString(), label(day, flow.context().language()),
                day.equals(today) ? m.get("booking.day.today")
                        : day.equals(today.plusDays(1)) ? m.get("booking.day.tomorrow") : null, true)).toList();
    }

    /** {@code 11月29日 星期日} or {@code Sun 29 Nov}. */
    static String label(LocalDate day, Language language) {
        return language == Language.ZH
                ? DateTimeFormatter.ofPattern("M月d日 EEEE", Locale.CHINA).format(day)
                : DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK).format(day);
    }



    @Override
    public String emptyMessage() {
        return flow.context().messages().get("booking.day.none", BookingFlow.DAYS_AHEAD);
    }




    @Override
    public void choose(Choice choice) {
        flow.update(flow.draft().withDay(LocalDate.parse(choice.id())));
        flow.advance(BookingStep.DAY);
    }
}
