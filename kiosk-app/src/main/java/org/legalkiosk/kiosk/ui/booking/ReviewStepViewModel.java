package org.legalkiosk.kiosk.ui.booking;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.personal.PersonalData;

/**
 * The last step: everything chosen, the name in full (the visitor checks what they wrote), ID number and phone
 * masked, and one button that books.
 */
public final class ReviewStepViewModel {

    /** One line of the summary. */
    /** A line of the table, and what read-aloud says for it (personal data is not spoken in a public hall). */
    public record Row(String label, String value, String spoken) {
        public Row(String label, String value) {
            this(label, value, value);
        }
    }

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final BookingFlow flow;
    private final List<Row> rows;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ReviewStepViewModel(BookingFlow flow) {
        this.flow = flow;
        var m = flow.context().messages();
        var language = flow.context().language();
        BookingDraft d = flow.draft();
        List<Row> list = new ArrayList<>();
        flow.desk()
                .service(d.serviceId())
                .ifPresent(
                        s -> list.add(new Row(m.get("booking.review.service"), BookingFlow.serviceName(s, language))));
        Office office = flow.desk().office(d.officeId()).orElse(null);
        if (office != null) {
            list.add(new Row(m.get("booking.review.office"), office.name() + "\n" + office.address()));
        }
        if (d.slotStart() != null) {
            list.add(new Row(
                    m.get("booking.review.time"),
                    DayStepViewModel.label(d.slotStart().toLocalDate(), language) + "  "
                            + HH_MM.format(d.slotStart())));
        }
        // The visitor's own name in full, so a wrongly chosen character can be seen; slips and logs mask it.
        list.add(new Row(m.get("booking.review.name"), d.name(), PersonalData.maskName(d.name())));
        list.add(new Row(m.get("booking.review.id"), PersonalData.maskIdNumber(d.idNumber())));
        list.add(new Row(m.get("booking.review.phone"), PersonalData.maskPhone(d.phone())));
        if (d.matterId() != null) {
            list.add(new Row(m.get("booking.review.matter"), m.get("booking.matter." + d.matterId())));
        }
        if (!d.notes().isEmpty()) {
            list.add(new Row(
                    m.get("booking.review.note"),
                    String.join(
                            "\n",
                            d.notes().stream()
                                    .map(id -> m.get("booking.note." + id))
                                    .toList())));
        }
        this.rows = List.copyOf(list);
    }

    public List<Row> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Books; a second tap while booking does nothing. */
    public void confirm() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        problem.set("");
        flow.confirm(() -> {
            busy.set(false);
            problem.set(flow.context().messages().get("booking.review.failed"));
        });
    }

    public String title() {
        return flow.context().messages().get("booking.title");
    }

    public String prompt() {
        return flow.context().messages().get("booking.review.prompt");
    }

    public String confirmLabel() {
        return flow.context().messages().get("booking.review.confirm");
    }

    public String workingLabel() {
        return flow.context().messages().get("booking.review.working");
    }

    public String spokenText() {
        StringBuilder sb =
                new StringBuilder(title()).append("。").append(prompt()).append("。");
        // Masked values are not read out digit by digit: "the number you entered" is enough to a listener.
        rows.forEach(r -> sb.append(r.label())
                .append("：")
                .append(r.spoken().replace('\n', ' '))
                .append("。"));
        return sb.toString();
    }
}
