package org.legalkiosk.kiosk.agent;

import java.io.IOException;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.kiosk.agent.terminal.BookingAdmin;
import org.legalkiosk.kiosk.agent.terminal.KioskStatus;
import org.legalkiosk.kiosk.agent.terminal.StatusProvider;
import org.legalkiosk.kiosk.store.ContentAdmin;

/**
 * The agent's Prometheus registry: JVM memory and threads, HTTP requests by route and status, content version, devices
 * ready, the villagers' help requests, and the booking events still waiting to reach the county.
 */
public final class AgentMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public AgentMetrics(ContentAdmin content, StatusProvider status, BookingAdmin bookings) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        Gauge.builder("content.version", () -> {
                    try {
                        return content.current().map(v -> (double) v.version()).orElse(0.0);
                    } catch (IOException e) {
                        return Double.NaN;
                    }
                })
                .description("The active content version; 0 when none is installed")
                .register(registry);
        Gauge.builder(
                        "kiosk.devices.ready",
                        () -> fromStatus(
                                status,
                                s -> s.devices().stream()
                                        .filter(d -> d.state().equals("READY"))
                                        .count()))
                .description("Devices ready to use")
                .register(registry);
        Gauge.builder("kiosk.devices", () -> fromStatus(status, s -> s.devices().size()))
                .description("Devices configured")
                .register(registry);
        // A counter that follows the status' tally: it only ever grows while the kiosk runs, as Prometheus expects.
        FunctionCounter.builder("kiosk.help.requests", status, s -> fromStatus(s, KioskStatus::helpRequests))
                .description("Help-button requests since the kiosk started (presses within 30 s count once)")
                .register(registry);
        Gauge.builder("booking.sync.pending", () -> fromStatus(status, KioskStatus::pendingBookingSync))
                .description("Booking and self-check events not yet delivered to the central endpoint")
                .register(registry);
        for (BookingState state : BookingState.values()) {
            Gauge.builder("bookings", () -> {
                        try {
                            return bookings.countsByState().getOrDefault(state, 0);
                        } catch (RuntimeException e) {
                            return Double.NaN;
                        }
                    })
                    .tag("state", state.name().toLowerCase(java.util.Locale.ROOT))
                    .description("Bookings on this kiosk by state")
                    .register(registry);
        }
    }

    private static double fromStatus(StatusProvider status, java.util.function.Function<KioskStatus, Number> value) {
        try {
            return value.apply(status.status()).doubleValue();
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Where the handlers record the requests ({@code MetricsHandler}). */
    public MeterRegistry registry() {
        return registry;
    }

    /** Everything in Prometheus' text format, for {@code GET /metrics}. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        registry.close();
    }
}
