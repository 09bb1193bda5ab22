package org.legalkiosk.hub.web;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /healthz}: the one route without authentication, for a load balancer or systemd watchdog. Says
 * {@code ok} when the database answers, 503 otherwise; reveals nothing else.
 */
public final class HealthHandler extends Handler.Abstract {

    private final DataSource db;

    public HealthHandler(DataSource db) {
        this.db = db;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!request.getMethod().equals("GET")) {
            Http.text(response, callback, 405, "GET only\n");
            return true;
        }
        try (Connection c = db.getConnection()) {
            boolean ok = c.isValid(2);
            Http.text(response, callback, ok ? 200 : 503, ok ? "ok\n" : "database not answering\n");
        } catch (SQLException e) {
            Http.text(response, callback, 503, "database not answering\n");
        }
        return true;
    }
}
