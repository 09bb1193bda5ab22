package org.legalkiosk.kiosk.agent.endpoint;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

import org.legalkiosk.kiosk.agent.http.Exchange;
import org.legalkiosk.kiosk.agent.http.Reply;
import org.legalkiosk.kiosk.agent.terminal.StatusProvider;

/** {@code GET /api/v1/health} (no token), {@code GET /api/v1/status} and {@code GET /metrics}. */
public final class StatusEndpoints {

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final StatusProvider status;
    private final Supplier<String> metrics;

    public StatusEndpoints(StatusProvider status, Supplier<String> metrics) {
        this.status = status;
        this.metrics = metrics;
    }

    public Reply health(Exchange ex) {
        return Reply.ok(Map.of("status", "UP"));
    }

    public Reply status(Exchange ex) throws IOException {
        return Reply.ok(status.status());
    }

    /** Prometheus' text format. */
    public Reply metrics(Exchange ex) {
        return Reply.text(PROMETHEUS_TEXT, metrics.get());
    }
}
