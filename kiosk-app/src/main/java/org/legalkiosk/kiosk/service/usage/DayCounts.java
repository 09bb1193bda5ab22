package org.legalkiosk.kiosk.service.usage;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of one day: for each {@link UsageKind#code()}, the count per subject ({@code ""} for kinds without one).
 * Immutable; sorted, so a payload reads the same every time.
 */
public record DayCounts(LocalDate day, Map<String, Map<String, Integer>> counts) {

    public DayCounts {
        Map<String, Map<String, Integer>> copy = new TreeMap<>();
        counts.forEach((kind, bySubject) -> copy.put(kind, Map.copyOf(new TreeMap<>(bySubject))));
        counts = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The count of one kind and subject ({@code ""} for kinds without one); 0 when never counted. */
    public int get(UsageKind kind, String subject) {
        return counts.getOrDefault(kind.code(), Map.of()).getOrDefault(subject == null ? "" : subject, 0);
    }
}
