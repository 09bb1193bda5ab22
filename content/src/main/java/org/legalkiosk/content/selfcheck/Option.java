package org.legalkiosk.content.selfcheck;

import java.util.Objects;
import java.util.Optional;

import org.legalkiosk.content.model.LocalizedText;

/**
 * One button on a question screen. {@code next} names the following question or an outcome; {@code matter}, when
 * set, is what a legal-aid booking made from the result is about.
 */
public record Option(String id, LocalizedText label, String next, String matter) {

    public Option {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(next, "next");
    }

    public Optional<String> bookingMatter() {
        return Optional.ofNullable(matter);
    }
}
