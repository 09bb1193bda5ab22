package org.legalkiosk.content.model;

import java.time.Instant;
import java.util.Objects;

/** An announcement from the county, shown between {@code start} and {@code end}. */
public record Notice(
        String id, LocalizedText title, LocalizedText body, Instant start, Instant end, Priority priority) {

    public enum Priority {
        NORMAL,
        HIGH,
        URGENT
    }

    public Notice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        body = body == null ? LocalizedText.of("", "") : body;
        priority = priority == null ? Priority.NORMAL : priority;
    }

    public boolean isActiveAt(Instant now) {
        return (start == null || !now.isBefore(start)) && (end == null || now.isBefore(end));
    }
}
