package org.legalkiosk.hub;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.hub.content.ChannelKey;
import org.legalkiosk.hub.content.ContentLibrary;
import org.legalkiosk.hub.db.Database;
import org.legalkiosk.hub.security.Tokens;
import org.legalkiosk.hub.terminals.Provisioned;
import org.legalkiosk.hub.users.Role;
import org.legalkiosk.hub.web.HubServer;
import org.legalkiosk.hub.web.HubServerConfig;

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
    /** The county's content signing key, as on the author's offline machine; its public half is trusted. */
    public final SigningKeys.SigningKey countyKey = SigningKeys.generate();
    /** The hub's data folder (content library, channel key, trusted keys), deleted on close. */
    public final Path dataDir;

    public HubFixture() throws Exception {
        this(null);
    }

    /** With a handler wrapped around the hub's own (e.g. one that refuses requests at random). */
    public HubFixture(java.util.function.UnaryOperator<org.eclipse.jetty.server.Handler> wrap) throws Exception {
        this(wrap, ContentLibrary.DEFAULT_MAX_UPLOAD_BYTES);
    }

    /** With a handler around the hub's own and the given upload limit for bundles. */
    public HubFixture(java.util.function.UnaryOperator<org.eclipse.jetty.server.Handler> wrap, long maxUploadBytes)
            throws Exception {
        database = TestPostgres.freshDatabase();
        dataDir = Files.createTempDirectory("county-hub-test-");
        Path keys = Files.createDirectories(dataDir.resolve("trusted-keys"));
        Files.writeString(
                keys.resolve("content-" + countyKey.keyId() + ".pub"), SigningKeys.publicPem(countyKey.publicKey()));
        ContentLibrary content = new ContentLibrary(
                database.dataSource(),
                dataDir.resolve("content"),
                keys,
                ChannelKey.loadOrCreate(dataDir.resolve("channel-key.key")),
                clock,
                maxUploadBytes);
        hub = Hub.over(database.dataSource(), clock, 60, content);
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
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
