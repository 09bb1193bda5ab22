package org.legalkiosk.kiosk.ui.booking;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.legalkiosk.kiosk.service.booking.CardResult;
import org.legalkiosk.kiosk.session.BookingStep;
import org.legalkiosk.personal.PersonalData;

/**
 * Step 5: who is booking. The card reader is waited on as soon as the screen shows, so placing the card is all
 * it takes; typing by hand is the second choice, and the first when there is no working reader.
 */
public final class WhoStepViewModel {

    private final BookingFlow flow;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public WhoStepViewModel(BookingFlow flow) {
        this.flow = flow;
        flow.waitForCard(this::onCard);
    }

    private void onCard(CardResult result) {
        var m = flow.context().messages();
        switch (result.outcome()) {
            case READ -> {
                if (!PersonalData.isValidIdNumber(result.idNumber())
                        || result.name().isBlank()) {
                    problem.set(m.get("booking.who.badCard"));
                    flow.waitForCard(this::onCard);
                    return;
                }
                flow.update(flow.draft().withPerson(result.name(), result.idNumber(), true));
                flow.advance(BookingStep.WHO);
            }
            case NO_READER -> problem.set(m.get("booking.who.noReader"));
            case READ_ERROR, CARD_REMOVED -> {
                problem.set(m.get(
                        result.outcome() == CardResult.Outcome.READ_ERROR
                                ? "booking.who.readError"
                                : "booking.who.removed"));
                flow.waitForCard(this::onCard);
            }
        }
    }

    public String title() {
        return flow.context().messages().get("booking.title");
    }

    public String prompt() {
        return flow.context().messages().get("booking.who.prompt");
    }

    public String hint() {
        return flow.context().messages().get("booking.who.hint");
    }

    public String byHandLabel() {
        return flow.context().messages().get("booking.who.byHand");
    }

    /** What went wrong with the last card, in plain words; empty while all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void byHand() {
        flow.stopCardWait();
        flow.go(BookingStep.WHO_BY_HAND);
    }

    public String spokenText() {
        String p = problem.get();
        return title() + "。" + (p.isEmpty() ? "" : p + "。") + prompt() + "。" + hint() + byHandLabel() + "。";
    }
}
