package org.legalkiosk.content.forms;

import java.util.List;
import java.util.Objects;

import org.legalkiosk.content.model.LocalizedText;

/**
 * One button of a choice, yes-no or multi question, and one tick box on the printed form. {@code fromSelfCheck}
 * lists the self-check outcomes and matters that answer the question with this option before the villager is asked.
 */
public record FormOption(String id, LocalizedText label, List<String> fromSelfCheck) {

    public FormOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        fromSelfCheck = List.copyOf(fromSelfCheck);
    }
}
