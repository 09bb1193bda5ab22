package org.legalkiosk.content.search;

import java.util.Objects;

/** A tag of the tag cloud and how many explainers carry it; tapping it searches for {@code tag}. */
public record TagWeight(String tag, int weight) {

    public TagWeight {
        Objects.requireNonNull(tag, "tag");
    }
}
