package org.legalkiosk.content.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A tile of the category grid. It claims one law and, for the Civil Code, one of its books: an explainer's
 * principal citation must lie there.
 */
public record Category(String id, LocalizedText name, LocalizedText hint, String lawId, Integer book) {

    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lawId, "lawId");
        hint = hint == null ? LocalizedText.of("", "") : hint;
    }

    public OptionalInt bookNumber() {
        return book == null ? OptionalInt.empty() : OptionalInt.of(book);
    }
}
