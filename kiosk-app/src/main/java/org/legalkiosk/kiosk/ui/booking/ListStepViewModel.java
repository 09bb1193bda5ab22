package org.legalkiosk.kiosk.ui.booking;

import java.util.List;

/**
 * What the list steps (service, office, day, time, matter) share: the booking title, a prompt from the messages,
 * the choices worked out once when the screen is built, and how many cards go in a row. A step adds only how its
 * choices are found and what choosing one does.
 */
abstract class ListStepViewModel implements ChoiceStepModel {

    protected final BookingFlow flow;
    private final List<Choice> choices;
    private final String promptKey;
    private final int columns;

    ListStepViewModel(BookingFlow flow, List<Choice> choices, String promptKey, int columns) {
        this.flow = flow;
        this.choices = List.copyOf(choices);
        this.promptKey = promptKey;
        this.columns = columns;
    }

    @Override
    public String title() {
        return flow.context().messages().get("booking.title");
    }

    @Override
    public String prompt() {
        return flow.context().messages().get(promptKey);
    }

    @Override
    public String emptyMessage() {
        return "";
    }

    @Override
    public String notice() {
        return "";
    }

    @Override
    public final List<Choice> choices() {
        return choices;
    }

    @Override
    public final int columns() {
        return columns;
    }
}
