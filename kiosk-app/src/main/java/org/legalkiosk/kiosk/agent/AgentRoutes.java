package org.legalkiosk.kiosk.agent;

import static org.legalkiosk.kiosk.store.Role.ADMIN;
import static org.legalkiosk.kiosk.store.Role.PUBLISHER;
import static org.legalkiosk.kiosk.store.Role.VIEWER;

import java.util.function.Supplier;

import org.legalkiosk.kiosk.agent.endpoint.AdminEndpoints;
import org.legalkiosk.kiosk.agent.endpoint.BookingEndpoints;
import org.legalkiosk.kiosk.agent.endpoint.ContentEndpoints;
import org.legalkiosk.kiosk.agent.endpoint.DiagnosticsEndpoints;
import org.legalkiosk.kiosk.agent.endpoint.NoticeEndpoints;
import org.legalkiosk.kiosk.agent.endpoint.StatusEndpoints;
import org.legalkiosk.kiosk.agent.http.Routes;

/**
 * Every route of the agent (docs/agent-api.md) in one table: method, path, the least role it needs, the endpoint.
 * A path ending in '/' is a prefix whose rest the endpoint checks ({@code /api/v1/notices/{id}}).
 */
final class AgentRoutes {

    private AgentRoutes() {}

    static Routes of(AgentServices services, AgentConfig config, ContentEndpoints content, Supplier<String> metrics) {
        StatusEndpoints status = new StatusEndpoints(services.status(), metrics);
        NoticeEndpoints notices = new NoticeEndpoints(services.notices(), config.maxJsonBytes());
        AdminEndpoints admin = new AdminEndpoints(services.settings(), services.audit(), config.maxJsonBytes());
        BookingEndpoints bookings = new BookingEndpoints(services.bookings(), config.maxJsonBytes());
        DiagnosticsEndpoints diagnostics = new DiagnosticsEndpoints(services.screen(), services.logs());
        return Routes.builder()
                .add("GET", "/api/v1/health", null, status::health)
                .add("GET", "/api/v1/status", VIEWER, status::status)
                .add("GET", "/metrics", VIEWER, status::metrics)
                .add("PUT", "/api/v1/content", PUBLISHER, content::push)
                .add("GET", "/api/v1/content/versions", VIEWER, content::versions)
                .add("POST", "/api/v1/content/rollback", ADMIN, content::rollback)
                .add("DELETE", "/api/v1/content/pin", ADMIN, content::unpin)
                .add("GET", "/api/v1/notices", VIEWER, notices::list)
                .add("POST", "/api/v1/notices", PUBLISHER, notices::put)
                .add("DELETE", "/api/v1/notices/", PUBLISHER, notices::delete)
                .add("GET", "/api/v1/config", ADMIN, admin::config)
                .add("PUT", "/api/v1/config", ADMIN, admin::putConfig)
                .add("GET", "/api/v1/audit", ADMIN, admin::audit)
                .add("PUT", "/api/v1/schedule", PUBLISHER, bookings::schedule)
                .add("GET", "/api/v1/bookings", VIEWER, bookings::export)
                .add("POST", BookingEndpoints.STATE_PREFIX, PUBLISHER, bookings::decide)
                .add("GET", "/api/v1/screenshot", ADMIN, diagnostics::screenshot)
                .add("GET", "/api/v1/logs", ADMIN, diagnostics::logs)
                .build();
    }
}
