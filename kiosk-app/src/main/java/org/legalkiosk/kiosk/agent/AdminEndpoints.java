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
        RemoteSettings before = settings.read();
        settings.write(s);
        ex.audit("settings: " + changes(before, s));
        return Reply.ok(s);
    }

    /** Each remote setting with its old and new value, e.g. {@code idleTimeoutSeconds 90 -> 120}. */
    static String changes(RemoteSettings before, RemoteSettings after) {
        return "idleTimeoutSeconds " + describe(before.idleTimeoutSeconds()) + " -> " + describe(after.idleTimeoutSeconds())
                + ", defaultLanguage " + describe(before.defaultLanguage()) + " -> " + describe(after.defaultLanguage())
                + ", pull " + describe(before.pull()) + " -> " + describe(after.pull());
    }

    private static String describe(Object value) {
        if (value instanceof org.legalkiosk.kiosk.config.KioskSettings.Pull p) {
            return p.channel() + " every " + p.intervalOrDefault() + " min";
        }
        return value == null ? "default" : value.toString();
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
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("entries", audit.latest(limit));
        if (audit instanceof FileAuditLog file) {
            AuditChain.Report chain = file.verify();
            Map<String, Object> c = new java.util.LinkedHashMap<>();
            c.put("intact", chain.intact());
            c.put("lines", chain.lines());
            c.put("unchainedLines", chain.unchained());
            c.put("head", chain.head());
            c.put("firstBrokenLine", chain.intact() ? null : chain.brokenAtLine());
            c.put("problem", chain.problem());
            body.put("chain", c);
        }
        return Reply.ok(body);
    }
}
