package org.legalkiosk.content.forms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.LocalizedText;

/**
 * One cell of the printed form's element table: its label, and where its value comes from (the question that fills
 * it, or a fixed text such as the court's name). {@code inWords} writes an amount in capitals beside the figure.
 */
public record FormElement(
        String id, LocalizedText label, Optional<LocalizedText> fixed, boolean inWords, List<Citation> cites) {

    public FormElement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(fixed, "fixed");
        cites = List.copyOf(cites);
    }
}
