package org.legalkiosk.kiosk.agent.endpoint;

import java.io.IOException;
import java.util.Map;

import org.legalkiosk.kiosk.agent.http.ApiException;
import org.legalkiosk.kiosk.agent.http.Exchange;
import org.legalkiosk.kiosk.agent.http.Reply;
import org.legalkiosk.kiosk.store.AuditChain;
import org.legalkiosk.kiosk.store.AuditLog;
import org.legalkiosk.kiosk.store.FileAuditLog;
import org.legalkiosk.kiosk.store.InvalidValueException;
import org.legalkiosk.kiosk.store.RemoteSettings;
import org.legalkiosk.kiosk.store.SettingsStore;

/** {@code GET|PUT /api/v1/config} and {@code GET /api/v1/audit}: administrators only. */
public final class AdminEndpoints {

    static final int MAX_AUDIT = 1000;

    private final SettingsStore settings;
    private final AuditLog audit;
    private final int maxJsonBytes;

    public AdminEndpoints(SettingsStore settings, AuditLog audit, int maxJsonBytes) {
        this.settings = settings;
        this.audit = audit;
        this.maxJsonBytes = maxJsonBytes;
    }

    public Reply config(Exchange ex) throws IOException {
        return Reply.ok(settings.read());
    }

    public Reply putConfig(Exchange ex) throws ApiException, IOException {
        RemoteSettings s;
        try {
            s = ex.jsonBody(RemoteSettings.class, maxJsonBytes).validate();
        } catch (InvalidValueException e) {
            throw new ApiException(400, "invalid_settings", e.getMessage());
        }
        RemoteSettings before = settings.read();
        settings.write(s);
        ex.audit("settings: " + changes(before, s));
        return Reply.ok(s);
    }

    /** Each remote setting with its old and new value, e.g. {@code idleTimeoutSeconds 90 -> 120}. */
    private static String changes(RemoteSettings before, RemoteSettings after) {
        return "idleTimeoutSeconds " + describe(before.idleTimeoutSeconds()) + " -> "
                + describe(after.idleTimeoutSeconds())
                + ", defaultLanguage " + describe(before.defaultLanguage()) + " -> " + describe(after.defaultLanguage())
                + ", pull " + describe(before.pull()) + " -> " + describe(after.pull());
    }

    private static String describe(Object value) {
        if (value instanceof org.legalkiosk.kiosk.config.KioskSettings.Pull p) {
            return p.channel() + " every " + p.intervalOrDefault() + " min";
        }
        return value == null ? "default" : value.toString();
    }

    public Reply audit(Exchange ex) throws ApiException, IOException {
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
