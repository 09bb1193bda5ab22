package org.legalkiosk.hub;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;
import org.legalkiosk.hub.db.Database;
import org.legalkiosk.hub.db.DatabaseSettings;
import org.legalkiosk.hub.db.LocalPostgres;

/**
 * A real PostgreSQL for the tests: the server in {@code LEGALKIOSK_HUB_TEST_DATABASE_URL} (with {@code _USER} and
 * {@code _PASSWORD}; a superuser URL of its {@code postgres} database) when set, else one started once per test JVM
 * from this machine's binaries (Debian's {@code postgresql} package, which {@code .ci/run} installs), as the
 * unprivileged {@code postgres} user when the tests run as root. Each {@link #freshDatabase} is a new, migrated
 * database, so test classes never see each other's rows. Without either, the tests are skipped saying why.
 */
public final class TestPostgres {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static DatabaseSettings admin;

    private TestPostgres() {}

    public static synchronized Database freshDatabase() throws Exception {
        return Database.open(emptyDatabase());
    }

    /** A new database with no schema at all, for a test that migrates it step by step (an old hub's database). */
    public static synchronized DatabaseSettings emptyDatabase() throws Exception {
        DatabaseSettings server = server();
        String name = "hub_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (var c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        String url = server.jdbcUrl().substring(0, server.jdbcUrl().lastIndexOf('/') + 1) + name;
        return new DatabaseSettings(url, server.user(), server.password(), 8);
    }

    private static DatabaseSettings server() throws Exception {
        if (admin != null) {
            return admin;
        }
        String url = System.getenv("LEGALKIOSK_HUB_TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            admin = new DatabaseSettings(
                    url,
                    System.getenv("LEGALKIOSK_HUB_TEST_DATABASE_USER"),
                    System.getenv("LEGALKIOSK_HUB_TEST_DATABASE_PASSWORD"),
                    1);
            return admin;
        }
        Assumptions.assumeTrue(
                LocalPostgres.findBinaries().isPresent(),
                "No PostgreSQL for the hub's tests: install"
                        + " Debian's 'postgresql' package (as .ci/run does) or set LEGALKIOSK_HUB_TEST_DATABASE_URL");
        Path root = Files.createTempDirectory("county-hub-test-pg-");
        LocalPostgres server = LocalPostgres.start(root);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                try (var files = Files.walk(root)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            } catch (Exception e) {
                // the JVM is ending; a left-over temp folder is harmless
            }
        }));
        admin = server.settings(1);
        return admin;
    }
}
