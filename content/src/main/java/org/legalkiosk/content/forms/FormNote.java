package org.legalkiosk.content.forms;

import java.util.List;
import java.util.Objects;

import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.LocalizedText;

/** One line of the plain-words note printed after the form: a paper to attach, or where to hand the form in. */
public record FormNote(LocalizedText text, List<Citation> cites) {

    public FormNote {
        Objects.requireNonNull(text, "text");
        cites = List.copyOf(cites);
    }
}
