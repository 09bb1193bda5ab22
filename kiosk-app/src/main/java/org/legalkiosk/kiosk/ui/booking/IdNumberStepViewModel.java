package org.legalkiosk.kiosk.ui.booking;

import org.legalkiosk.kiosk.session.BookingStep;
import org.legalkiosk.personal.PersonalData;

/** Step 5 without a card, after the name: the ID number on a keypad of digits and X, checked per GB 11643. */
public final class IdNumberStepViewModel extends DigitStepViewModel {

    private final BookingFlow flow;

    public static final String KEYS = "123456789X0";
    private static final int ID_LENGTH = 18;

    public IdNumberStepViewModel(BookingFlow flow) {
        super(
                flow.context(),
                "booking.title",
                KEYS,
                ID_LENGTH,
                "booking.idNumber",
                !flow.draft().fromCard() ? flow.draft().idNumber() : null,
                6,
                14);
        this.flow = flow;
    }

    /**
     * The number in the groups printed on the card, region, birth date, the rest ({@code 620102 19900101 1235}), so
     * a visitor can check it against the card group by group.
     */
    public static String grouped(String number) {
        return DigitStepViewModel.grouped(number, 6, 14);
    }

    /** X is only ever the check character, the last of the 18. */
    @Override
    protected boolean accepts(String typed, char key) {
        return key != 'X' || typed.length() == ID_LENGTH - 1;
    }

    @Override
    public void next() {
        var m = flow.context().messages();
        String id = typed();
        BookingDraft d = flow.draft();
        if (d.fromCard() || d.name() == null || d.name().isBlank()) {
            // Not reached through the name step (a card was read meanwhile): the name comes first.
            flow.go(BookingStep.WHO_BY_HAND);
        } else if (id.length() != ID_LENGTH) {
            showProblem(m.get("booking.hand.shortId", id.length()));
        } else if (!PersonalData.isValidIdNumber(id)) {
            showProblem(m.get("booking.hand.badId"));
        } else {
            flow.update(d.withPerson(d.name(), id, false));
            flow.advance(BookingStep.WHO_ID_NUMBER);
        }
    }

    @Override
    public String label() {
        return flow.context().messages().get("booking.hand.id");
    }

    @Override
    protected String spokenRequest() {
        return label() + "。" + nextLabel();
    }
}
