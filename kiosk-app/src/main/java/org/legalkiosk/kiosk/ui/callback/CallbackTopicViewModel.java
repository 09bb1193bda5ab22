package org.legalkiosk.kiosk.ui.callback;

import java.util.List;

import org.legalkiosk.kiosk.service.callback.CallbackTopics;
import org.legalkiosk.kiosk.ui.booking.ChoiceStepModel;
import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * The first screen: what the call should be about, from the same list of matters booking offers (no typing), each a
 * large card with its own speaker. Named in the booking's words, so the two screens say the same thing.
 */
public final class CallbackTopicViewModel implements ChoiceStepModel {

    private final CallbackFlow flow;
    private final List<Choice> choices;

    public CallbackTopicViewModel(CallbackFlow flow) {
        this.flow = flow;
        Messages m = flow.context().messages();
        this.choices = CallbackTopics.ALL.stream()
                .map(id -> new Choice(id, m.get("booking.matter." + id), null, true))
                .toList();
    }

    @Override
    public String title() {
        return flow.context().messages().get("callback.title");
    }

    @Override
    public String prompt() {
        return flow.context().messages().get("callback.topic.prompt");
    }

    @Override
    public String emptyMessage() {
        return "";
    }

    /** Before the list: what will happen, so nobody types a number without knowing why. */
    @Override
    public String notice() {
        return flow.context().messages().get("callback.intro");
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
        flow.chooseTopic(choice.id());
    }
}
