package org.legalkiosk.hub.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server of this machine's own binaries, started for the demo and the tests: a cluster in a
 * folder, listening on 127.0.0.1 only (no Unix socket), a password login with a random password, stopped with
 * {@link #close()}. A cluster already in the folder is reused, so the demo keeps its data between runs.
 * <p>
 * PostgreSQL refuses to run as root. When the hub runs as root (CI, many servers), initdb and the server are run
 * as the unprivileged {@code postgres} user (or {@code nobody}) through util-linux's {@code setpriv}, which execs
 * directly: the process this class holds is the server itself, so stopping it reaches PostgreSQL.
 * Binaries are found through {@code LEGALKIOSK_PG_BIN}, then {@code PATH}, then Debian's
 * {@code /usr/lib/postgresql/<version>/bin} (the {@code postgresql} package).
 */
public final class LocalPostgres implements AutoCloseable {
    /** One generator for every password this JVM makes: a fresh SecureRandom per password gains nothing. */
    private static final SecureRandom PASSWORDS = new SecureRandom();

    private static final Logger LOG = LoggerFactory.getLogger(LocalPostgres.class);
    private static final String SUPERUSER = "hub";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process server;
    private final int port;
    private final String password;

    private LocalPostgres(Process server, int port, String password) {
        this.server = server;
        this.port = port;
        this.password = password;
    }

    /** Where the binaries are, or empty when this machine has no PostgreSQL. */
    public static Optional<Path> findBinaries() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("LEGALKIOSK_PG_BIN");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(":")) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir));
                }
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                        .sorted(Comparator.comparingInt((Path v) ->
                                        Integer.parseInt(v.getFileName().toString()))
                                .reversed())
                        .forEach(v -> candidates.add(v.resolve("bin")));
            } catch (IOException e) {
                LOG.debug("Cannot list {}: {}", debian, e.getMessage());
            }
        }
        return candidates.stream()
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("postgres")))
                .map(LocalPostgres::realBinDir)
                .findFirst();
    }

    private static Path realBinDir(Path dir) {
        try {
            // /usr/local/bin/postgres may be a link into /usr/lib/postgresql/N/bin: use the real folder, where
            // initdb finds the server and the share files beside it.
            return dir.resolve("postgres").toRealPath().getParent();
        } catch (IOException e) {
            return dir;
        }
    }

    /**
     * Starts (initialising first when the folder is empty) a server with its cluster in {@code root}.
     *
     * @throws IllegalStateException when no binaries are found or the server does not come up; the message says what
     *                               to install or where the server's log is
     */
    public static LocalPostgres start(Path root) throws IOException, InterruptedException {
        Path bin = findBinaries()
                .orElseThrow(() -> new IllegalStateException(
                        "no PostgreSQL found: install Debian's 'postgresql' package (apt-get install postgresql), put its"
                                + " bin folder on PATH, or set LEGALKIOSK_PG_BIN; or give --database-url"));
        Files.createDirectories(root);
        Optional<String> runAs = isRoot() ? Optional.of(unprivilegedUser()) : Optional.empty();
        if (runAs.isPresent()) {
            // The server's user must be able to pass through the hub's own folder to reach its cluster.
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx--x--x"));
        }
        Path data = root.resolve("pgdata");
        Path passwordFile = root.resolve("pg-password");
        String password;
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            password = HexFormat.of().formatHex(random(24));
            initialise(bin, data, password, runAs, root);
            Files.writeString(passwordFile, password, StandardCharsets.US_ASCII);
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        } else {
            password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip();
        }
        int port = freePort();
        List<String> command = new ArrayList<>(asUser(runAs));
        command.addAll(List.of(
                bin.resolve("postgres").toString(),
                "-D",
                data.toString(),
                "-p",
                String.valueOf(port),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "unix_socket_directories=",
                "-c",
                "fsync=on",
                "-c",
                "max_connections=200"));
        Path log = root.resolve("postgres.log");
        Process server = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        LocalPostgres postgres = new LocalPostgres(server, port, password);
        // However this JVM ends (Ctrl+C during start-up included), the server it started ends with it.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                postgres.close();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "local-postgres-stop"));
        try {
            postgres.awaitReady(log);
        } catch (IOException | RuntimeException | InterruptedException e) {
            postgres.close();
            throw e;
        }
        LOG.info(
                "PostgreSQL from {} listening on 127.0.0.1:{}{}, cluster {}",
                bin,
                port,
                runAs.map(u -> " as " + u).orElse(""),
                data);
        return postgres;
    }

    /** Settings for the server's default database as its superuser. */
    public DatabaseSettings settings(int poolSize) {
        return settings("postgres", poolSize);
    }

    /** Settings for another database on this server (see {@link #createDatabase}). */
    public DatabaseSettings settings(String database, int poolSize) {
        return new DatabaseSettings(
                "jdbc:postgresql://127.0.0.1:" + port + "/" + database, SUPERUSER, password, poolSize);
    }

    /** Creates an empty database if it does not exist yet (tests give each class its own). */
    public void createDatabase(String name) throws SQLException {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("bad database name " + name);
        }
        DatabaseSettings admin = settings(1);
        try (var connection = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + name);
                }
            }
        }
    }

    public int port() {
        return port;
    }

    /** Stops the server (a fast shutdown: open sessions are ended, the cluster is left consistent). */
    @Override
    public synchronized void close() throws InterruptedException {
        if (!server.isAlive()) {
            return;
        }
        // SIGINT is PostgreSQL's "fast" shutdown, which ends open sessions; Java's destroy() sends SIGTERM, the
        // "smart" one, which would wait for every client. A server that does not stop is killed after 20 s.
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(server.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (IOException e) {
            server.destroy();
        }
        if (!server.waitFor(20, TimeUnit.SECONDS)) {
            LOG.warn("PostgreSQL did not stop within 20 s; killing it");
            server.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private void awaitReady(Path log) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited with status " + server.exitValue()
                        + " while starting; see " + log + ":\n" + tail(log));
            }
            DatabaseSettings s = settings(1);
            try (var ignored = DriverManager.getConnection(s.jdbcUrl(), s.user(), s.password())) {
                return;
            } catch (SQLException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("PostgreSQL did not accept connections within " + START_TIMEOUT.toSeconds()
                + " s (" + (last == null ? "" : last.getMessage()) + "); see " + log);
    }

    private static void initialise(Path bin, Path data, String password, Optional<String> runAs, Path root)
            throws IOException, InterruptedException {
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        // initdb reads the password from a file; it must be readable by the server's user, and lives only as long
        // as initdb runs.
        Path pwfile = Files.createTempFile(root, "initdb-", ".pw");
        Files.writeString(pwfile, password, StandardCharsets.US_ASCII);
        try {
            if (runAs.isPresent()) {
                UserPrincipal user =
                        data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(runAs.get());
                Files.setOwner(data, user);
                Files.setOwner(pwfile, user);
                requireTraversable(data, runAs.get());
            }
            List<String> command = new ArrayList<>(asUser(runAs));
            command.addAll(List.of(
                    bin.resolve("initdb").toString(),
                    "-D",
                    data.toString(),
                    "-U",
                    SUPERUSER,
                    "--pwfile=" + pwfile,
                    "--auth=scram-sha-256",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8"));
            Process initdb =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(initdb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (initdb.waitFor() != 0) {
                throw new IllegalStateException("initdb failed (" + String.join(" ", command) + "):\n" + output);
            }
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    private static void requireTraversable(Path data, String user) {
        for (Path p = data.getParent(); p != null; p = p.getParent()) {
            try {
                String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                if (perms.charAt(8) != 'x') {
                    throw new IllegalStateException("PostgreSQL runs as '" + user + "' (the hub runs as root), which"
                            + " cannot enter " + p + ": choose a --data-dir outside it, e.g. under /var/lib or /tmp");
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private static List<String> asUser(Optional<String> user) {
        return user.map(u -> List.of("setpriv", "--reuid=" + u, "--regid=" + u, "--init-groups", "--"))
                .orElse(List.of());
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String unprivilegedUser() {
        for (String candidate : List.of("postgres", "nobody")) {
            try {
                Process id = new ProcessBuilder("id", "-u", candidate)
                        .redirectErrorStream(true)
                        .start();
                id.getInputStream().readAllBytes();
                if (id.waitFor() == 0) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        throw new IllegalStateException(
                "running as root, and neither a 'postgres' nor a 'nobody' user exists to" + " run PostgreSQL as");
    }

    private static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        PASSWORDS.nextBytes(b);
        return b;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
