package org.legalkiosk.kiosk.agent.handler;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.EventsHandler;
import org.eclipse.jetty.util.NanoTime;
import org.legalkiosk.kiosk.agent.http.Route;

/**
 * Times every call into {@code agent_http_requests} by route, method and status. It listens to Jetty's
 * request events (as Jetty's own {@code StatisticsHandler} does) and records when the answer begins, before its
 * first byte leaves, so a scrape that follows a call always counts it. Calls no route matched count as
 * {@code unmatched}, so probing for paths shows up without one series per made-up path.
 */
public final class MetricsHandler extends EventsHandler {

    private final MeterRegistry registry;

    public MetricsHandler(MeterRegistry registry, Handler next) {
        super(next);
        this.registry = registry;
    }

    @Override
    protected void onResponseBegin(Request request, int status, HttpFields headers) {
        String route = Route.of(request).map(Route::metricName).orElse("unmatched");
        Timer.builder("agent.http.requests")
                .description("Requests to the agent")
                .tag("route", route)
                .tag("method", request.getMethod())
                .tag("status", String.valueOf(status))
                .register(registry)
                .record(NanoTime.since(request.getBeginNanoTime()), TimeUnit.NANOSECONDS);
    }
}
