package org.legalkiosk.hub;

import org.legalkiosk.hub.db.Database;
import org.legalkiosk.hub.security.Tokens;
import org.legalkiosk.hub.terminals.Provisioned;
import org.legalkiosk.hub.users.Role;
import org.legalkiosk.hub.web.HubServer;
import org.legalkiosk.hub.web.HubServerConfig;

import java.net.URI;
import java.time.Instant;

/**
 * A running hub on a fresh database and a loopback port, with a small county: townships 城关镇 and 石桥镇, groups
 * of the same names, and one user per role ({@link #PASSWORD} for all).
 */
public final class HubFixture implements AutoCloseable {

    public static final String PASSWORD = "correct-horse-battery";
    public final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:00:00Z"));
    public final Database database;
    public final Hub hub;
    public final HubServer server;
    public final String scrapeToken = Tokens.newToken();

    public HubFixture() throws Exception {
        this(null);
    }

    /** With a handler wrapped around the hub's own (e.g. one that refuses requests at random). */
    public HubFixture(java.util.function.UnaryOperator<org.eclipse.jetty.server.Handler> wrap) throws Exception {
        database = TestPostgres.freshDatabase();
        hub = Hub.over(database.dataSource(), clock, 60);
        hub.groups().put("test", "城关镇", 300);
        hub.groups().put("test", "石桥镇", 300);
        hub.users().add("test", "admin", "管理员", Role.COUNTY_ADMIN, null, PASSWORD);
        hub.users().add("test", "officer", "城关镇专员", Role.TOWNSHIP_OFFICER, "城关镇", PASSWORD);
        hub.users().add("test", "auditor", "审计员", Role.AUDITOR, null, PASSWORD);
        server = HubServer.newServer(new HubServerConfig("127.0.0.1", 0, true, scrapeToken, 16), hub, wrap);
        server.start();
    }

    public URI uri(String path) {
        return server.uri().resolve(path);
    }

    public Provisioned provision(String id, String township) {
        return hub.terminals().provision("test", id, id + " 村", township, township);
    }

    @Override
    public void close() throws Exception {
        server.close();
        database.close();
    }
}
