package org.legalkiosk.hub.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters of terminal API answers by route and status, for {@code /metrics}. */
public final class HubMetrics {

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();

    public void count(String route, int status) {
        requests.computeIfAbsent(route + " " + status, k -> new LongAdder()).increment();
    }

    /** route → status → count, sorted. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        requests.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }
}
