package org.legalkiosk.content.selfcheck;

import java.util.Objects;

import org.legalkiosk.content.model.LocalizedText;

/** What a legal-aid booking made from a self-check is about: an id for the booking and the label the villager tapped. */
public record BookingMatter(String id, LocalizedText label) {

    public BookingMatter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
