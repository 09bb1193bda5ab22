package org.legalkiosk.hub.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.security.Tokens;
import org.legalkiosk.hub.terminals.FleetView;
import org.legalkiosk.hub.terminals.TerminalRow;

/**
 * {@code GET /metrics} in the Prometheus text format, for the alert rules in {@code deploy/prometheus/}: per
 * terminal whether it is up, the age of its last heartbeat, devices needing attention, sync backlog, help
 * presses, a flagged audit log and a content pin; fleet totals by state; terminal API answers by route and status. Needs the scrape token
 * ({@code DATA_DIR/metrics-token}, Prometheus' {@code authorization.credentials_file}).
 */
public final class MetricsHandler extends Handler.Abstract {

    private final FleetView fleet;
    private final HubMetrics metrics;
    private final String scrapeToken;
    private final Clock clock;

    public MetricsHandler(FleetView fleet, HubMetrics metrics, String scrapeToken, Clock clock) {
        this.fleet = fleet;
        this.metrics = metrics;
        this.scrapeToken = scrapeToken;
        this.clock = clock;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!Tokens.equal(Http.bearer(request), scrapeToken)) {
            response.getHeaders().put("WWW-Authenticate", "Bearer realm=\"county-hub metrics\"");
            Http.text(response, callback, 401, "the scrape token is required\n");
            return true;
        }
        try {
            Http.send(
                    response,
                    callback,
                    200,
                    "text/plain; version=0.0.4; charset=utf-8",
                    render(fleet.terminals(Optional.empty())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (DataAccessException e) {
            Http.text(response, callback, 503, "database not answering\n");
        }
        return true;
    }

    String render(List<TerminalRow> rows) {
        StringBuilder out = new StringBuilder(256 + rows.size() * 600);
        Map<String, Integer> byState =
                new TreeMap<>(Map.of("online", 0, "offline", 0, "not-enrolled", 0, "revoked", 0));
        rows.forEach(r -> byState.merge(r.statusKey(), 1, Integer::sum));
        out.append("# HELP hub_terminals Terminals by state.\n# TYPE hub_terminals gauge\n");
        byState.forEach((state, n) -> out.append("hub_terminals{state=\"")
                .append(state)
                .append("\"} ")
                .append(n)
                .append('\n'));

        List<TerminalRow> enrolled =
                rows.stream().filter(r -> r.enrolled() && !r.revoked()).toList();
        gauge(
                out,
                "hub_terminal_up",
                "1 when the terminal's last heartbeat is within its group's timeout.",
                enrolled,
                r -> r.online() ? 1 : 0);
        gauge(
                out,
                "hub_terminal_heartbeat_age_seconds",
                "Seconds since the terminal's last heartbeat.",
                enrolled.stream().filter(r -> r.lastSeen() != null).toList(),
                r -> Duration.between(r.lastSeen(), clock.instant()).toSeconds());
        gauge(
                out,
                "hub_terminal_devices_attention",
                "Devices of the terminal that are not ready.",
                enrolled,
                r -> r.needsAttention().size());
        gauge(
                out,
                "hub_terminal_sync_backlog",
                "Outbox events the terminal has not delivered yet.",
                enrolled,
                r -> r.syncBacklog());
        gauge(
                out,
                "hub_terminal_audit_flagged",
                "1 when the terminal's audit log was found restored, rewritten or broken (until an admin accepts it).",
                enrolled,
                r -> r.auditFlagged() ? 1 : 0);
        gauge(
                out,
                "hub_terminal_content_pinned",
                "1 when an explicit rollback holds the terminal on a content version (it takes no new content).",
                enrolled,
                r -> r.pin() != null ? 1 : 0);
        out.append("# HELP hub_terminal_help_presses Help-button presses since the kiosk started.\n")
                .append("# TYPE hub_terminal_help_presses gauge\n");
        enrolled.forEach(r -> out.append("hub_terminal_help_presses")
                .append(labels(r))
                .append(' ')
                .append(r.helpPresses())
                .append('\n'));

        out.append("# HELP hub_terminal_api_requests_total Terminal API answers by route and status.\n")
                .append("# TYPE hub_terminal_api_requests_total counter\n");
        metrics.snapshot().forEach((key, n) -> {
            String[] parts = key.split(" ");
            out.append("hub_terminal_api_requests_total{route=\"")
                    .append(escape(parts[0]))
                    .append("\",status=\"")
                    .append(parts[1])
                    .append("\"} ")
                    .append(n)
                    .append('\n');
        });
        return out.toString();
    }

    private static void gauge(
            StringBuilder out,
            String name,
            String help,
            List<TerminalRow> rows,
            java.util.function.ToLongFunction<TerminalRow> value) {
        out.append("# HELP ")
                .append(name)
                .append(' ')
                .append(help)
                .append('\n')
                .append("# TYPE ")
                .append(name)
                .append(" gauge\n");
        rows.forEach(r -> out.append(name)
                .append(labels(r))
                .append(' ')
                .append(value.applyAsLong(r))
                .append('\n'));
    }

    private static String labels(TerminalRow r) {
        return "{terminal=\"" + escape(r.id()) + "\",township=\"" + escape(r.township()) + "\",group=\""
                + escape(r.group()) + "\"}";
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
