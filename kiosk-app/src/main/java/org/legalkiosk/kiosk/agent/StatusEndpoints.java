package org.legalkiosk.kiosk.agent;

import java.util.Map;

/** {@code GET /api/v1/health} (no token), {@code GET /api/v1/status} and {@code GET /metrics}. */
final class StatusEndpoints {

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final StatusProvider status;
    private final AgentMetrics metrics;

    StatusEndpoints(StatusProvider status, AgentMetrics metrics) {
        this.status = status;
        this.metrics = metrics;
    }

    void register(ApiRouter router) {
        router.add("GET", "/api/v1/health", null, ex -> Reply.ok(Map.of("status", "UP")));
        router.add("GET", "/api/v1/status", Role.VIEWER, ex -> Reply.ok(status.status()));
        router.add("GET", "/metrics", Role.VIEWER, ex -> Reply.text(PROMETHEUS_TEXT, metrics.scrape()));
    }
}
