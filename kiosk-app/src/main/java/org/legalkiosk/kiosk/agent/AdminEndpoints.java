package org.legalkiosk.kiosk.agent;

import java.io.IOException;
import java.util.Map;

/** {@code GET|PUT /api/v1/config} and {@code GET /api/v1/audit}: administrators only. */
final class AdminEndpoints {

    static final int MAX_AUDIT = 1000;

    private final SettingsStore settings;
    private final AuditLog audit;
    private final int maxJsonBytes;

    AdminEndpoints(SettingsStore settings, AuditLog audit, int maxJsonBytes) {
        this.settings = settings;
        this.audit = audit;
        this.maxJsonBytes = maxJsonBytes;
    }

    void register(ApiRouter router) {
        router.add("GET", "/api/v1/config", Role.ADMIN, ex -> Reply.ok(settings.read()));
        router.add("PUT", "/api/v1/config", Role.ADMIN, this::putConfig);
        router.add("GET", "/api/v1/audit", Role.ADMIN, this::audit);
    }

    private Reply putConfig(Exchange ex) throws ApiException, IOException {
        RemoteSettings s = ex.jsonBody(RemoteSettings.class, maxJsonBytes).validate();
        settings.write(s);
        ex.audit("settings: idleTimeoutSeconds=" + s.idleTimeoutSeconds() + ", defaultLanguage=" + s.defaultLanguage()
                + ", pull=" + (s.pull() == null ? "none" : s.pull().channel()));
        return Reply.ok(s);
    }

    private Reply audit(Exchange ex) throws ApiException, IOException {
        int limit = 100;
        if (ex.query("limit").isPresent()) {
            try {
                limit = Integer.parseInt(ex.query("limit").get());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_AUDIT) {
                throw ApiException.badRequest("limit must be a number from 1 to " + MAX_AUDIT);
            }
        }
        return Reply.ok(Map.of("entries", audit.latest(limit)));
    }
}
