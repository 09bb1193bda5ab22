package org.legalkiosk.hub.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

import org.legalkiosk.hub.db.Database;
import org.legalkiosk.hub.db.DatabaseSettings;
import org.legalkiosk.hub.db.LocalPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Where the hub's data lives and which PostgreSQL it uses: the county's (--database-url) or, without one, a local
 * PostgreSQL whose cluster lives in the data directory (the demo). A running hub writes how to reach its local
 * server to {@code DATA_DIR/local-database.properties}, so {@code county-hub user add} beside it uses the same one;
 * with no hub running the command starts the server itself for as long as it runs.
 */
final class DatabaseOptions {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOptions.class);
    static final String LOCAL_DB_FILE = "local-database.properties";

    @CommandLine.Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "the hub's state (default ~/.county-hub, or ~/.county-hub-demo with --demo)")
    Path dataDir;

    @CommandLine.Option(
            names = "--database-url",
            paramLabel = "URL",
            description =
                    "the county's PostgreSQL, jdbc:postgresql://HOST:PORT/DB (default: a local server in DATA_DIR)")
    String databaseUrl;

    @CommandLine.Option(names = "--database-user", paramLabel = "ROLE", defaultValue = "county_hub")
    String databaseUser;

    @CommandLine.Option(names = "--database-password-file", paramLabel = "FILE")
    Path databasePasswordFile;

    Path dataDir(boolean demo) {
        if (dataDir != null) {
            return dataDir.toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), demo ? ".county-hub-demo" : ".county-hub");
    }

    /** A database and, when this process started it, the local server under it; close both with it. */
    record Connection(Database database, Optional<LocalPostgres> server) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            database.close();
            if (server.isPresent()) {
                server.get().close();
            }
        }
    }

    Connection open(boolean demo, int poolSize) throws IOException, InterruptedException {
        Path dir = dataDir(demo);
        Files.createDirectories(dir);
        if (databaseUrl != null) {
            String password = databasePasswordFile == null
                    ? null
                    : Files.readString(databasePasswordFile, StandardCharsets.UTF_8)
                            .strip();
            return new Connection(
                    Database.open(new DatabaseSettings(databaseUrl, databaseUser, password, poolSize)),
                    Optional.empty());
        }
        Optional<DatabaseSettings> running = runningLocal(dir, poolSize);
        if (running.isPresent()) {
            return new Connection(Database.open(running.get()), Optional.empty());
        }
        if (LocalPostgres.findBinaries().isEmpty()) {
            throw new IllegalStateException("no --database-url given and no local PostgreSQL to start: install Debian's"
                    + " 'postgresql' package (apt-get install postgresql) or give --database-url");
        }
        LocalPostgres server = LocalPostgres.start(clusterRoot(dir));
        try {
            server.createDatabase("county_hub");
            DatabaseSettings settings = server.settings("county_hub", poolSize);
            writeLocal(dir, settings);
            return new Connection(Database.open(settings), Optional.of(server));
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw new IllegalStateException("the local PostgreSQL started but cannot be used: " + e.getMessage(), e);
        }
    }

    /** Forgets the running server's address (the hub that started it stops). */
    static void forgetLocal(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(LOCAL_DB_FILE));
        } catch (IOException e) {
            LOG.warn("Cannot remove {}: {}", dataDir.resolve(LOCAL_DB_FILE), e.getMessage());
        }
    }

    /**
     * The folder for the local cluster. PostgreSQL runs unprivileged when the hub runs as root, and must reach it:
     * under a home folder like /root it cannot, so the cluster goes to /var/tmp under a name derived from the data
     * directory (the same data directory finds the same cluster again).
     */
    static Path clusterRoot(Path dataDir) throws IOException {
        Path inside = dataDir.resolve("postgres");
        if (!"root".equals(System.getProperty("user.name")) || othersCanEnter(dataDir)) {
            return inside;
        }
        String hash = HexFormat.of().formatHex(org.legalkiosk.hub.security.Tokens.sha256(dataDir.toString()), 0, 6);
        Path outside = Path.of("/var/tmp", "county-hub-postgres-" + hash);
        LOG.info("Running as root and {} is private: PostgreSQL's cluster goes to {}", dataDir, outside);
        return outside;
    }

    private static boolean othersCanEnter(Path dir) throws IOException {
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)
                    && PosixFilePermissions.toString(Files.getPosixFilePermissions(p))
                                    .charAt(8)
                            != 'x') {
                return false;
            }
        }
        return true;
    }

    private static Optional<DatabaseSettings> runningLocal(Path dir, int poolSize) throws IOException {
        Path file = dir.resolve(LOCAL_DB_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var in = Files.newInputStream(file)) {
            p.load(in);
        }
        DatabaseSettings settings =
                new DatabaseSettings(p.getProperty("url"), p.getProperty("user"), p.getProperty("password"), poolSize);
        try (var ignored = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            return Optional.of(settings);
        } catch (SQLException e) {
            return Optional.empty(); // a file left by a hub that did not stop cleanly
        }
    }

    private static void writeLocal(Path dir, DatabaseSettings settings) throws IOException {
        Path file = dir.resolve(LOCAL_DB_FILE);
        Properties p = new Properties();
        p.setProperty("url", settings.jdbcUrl());
        p.setProperty("user", settings.user());
        p.setProperty("password", settings.password());
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (var out = Files.newOutputStream(file)) {
            p.store(out, "the local PostgreSQL of a running county-hub; removed when it stops");
        }
    }
}
