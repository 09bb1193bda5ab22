package org.legalkiosk.hub.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.legalkiosk.hub.Hub;
import org.legalkiosk.hub.content.ChannelKey;
import org.legalkiosk.hub.content.ContentLibrary;
import org.legalkiosk.hub.content.DemoContentKey;
import org.legalkiosk.hub.demo.DemoData;
import org.legalkiosk.hub.desk.PersonalDataSweep;
import org.legalkiosk.hub.security.Tokens;
import org.legalkiosk.hub.web.HubServer;
import org.legalkiosk.hub.web.HubServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** {@code county-hub run}: the hub until Ctrl+C or SIGTERM. */
@CommandLine.Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run the hub: the terminal API and the web console.")
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @CommandLine.Mixin
    DatabaseOptions database = new DatabaseOptions();

    @CommandLine.Option(names = "--demo", description = "a local PostgreSQL with sample townships, terminals, users")
    boolean demo;

    @CommandLine.Option(
            names = "--port",
            defaultValue = "8480",
            description =
                    "port to listen on, 0 for any free one (written to DATA_DIR/hub.port); default ${DEFAULT-VALUE}")
    int port;

    @CommandLine.Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            description = "address to listen on; default ${DEFAULT-VALUE} (nginx in front terminates TLS)")
    String bind;

    @CommandLine.Option(
            names = "--heartbeat-seconds",
            defaultValue = "60",
            description = "how often terminals report; default ${DEFAULT-VALUE}")
    int heartbeatSeconds;

    @CommandLine.Option(
            names = "--trusted-keys",
            paramLabel = "PATH",
            description = "the county's content public keys (a .pub file or a folder of them) that uploaded bundles"
                    + " must be signed with; default DATA_DIR/trusted-keys")
    Path trustedKeys;

    @CommandLine.Option(
            names = "--max-bundle-mb",
            defaultValue = "520",
            description = "the largest bundle the console accepts, in MiB; default ${DEFAULT-VALUE}")
    long maxBundleMb;

    @CommandLine.Option(
            names = "--insecure-cookies",
            hidden = true,
            description = "session cookies without Secure, for plain HTTP to a host other than localhost (development)")
    boolean insecureCookies;

    @Override
    public Integer call() throws Exception {
        if (heartbeatSeconds < 10 || heartbeatSeconds > 3600) {
            throw new IllegalArgumentException("--heartbeat-seconds must be within 10..3600");
        }
        Path dataDir = database.dataDir(demo);
        Files.createDirectories(dataDir);
        // On SIGTERM or Ctrl+C the hook stops the server and then waits until this thread has closed the pool and
        // stopped the local PostgreSQL: the JVM would otherwise exit under them and leave the server running.
        CountDownLatch cleanedUp = new CountDownLatch(1);
        try (DatabaseOptions.Connection db = database.open(demo, 20)) {
            if (maxBundleMb < 1 || maxBundleMb > 4096) {
                throw new IllegalArgumentException("--max-bundle-mb must be within 1..4096");
            }
            Clock clock = Clock.systemUTC();
            Path keys = trustedKeys != null ? trustedKeys : dataDir.resolve("trusted-keys");
            if (demo && trustedKeys == null) {
                System.out.println("county-hub: a demo bundle to upload on the content page: "
                        + DemoContentKey.ensure(dataDir, keys));
            }
            ContentLibrary content = new ContentLibrary(
                    db.database().dataSource(),
                    dataDir.resolve("content"),
                    keys,
                    ChannelKey.loadOrCreate(dataDir.resolve("channel-key.key")),
                    clock,
                    maxBundleMb << 20);
            Hub hub = Hub.over(db.database().dataSource(), clock, heartbeatSeconds, content);
            if (demo) {
                new DemoData(hub, dataDir).loadIfEmpty();
            }
            if (hub.users().isEmpty()) {
                LOG.warn("No console users yet: add one with 'county-hub user add NAME --role COUNTY_ADMIN'");
            }
            HubServerConfig config = new HubServerConfig(bind, port, !insecureCookies, scrapeToken(dataDir), 64);
            HubServer server = HubServer.newServer(config, hub).start();
            PersonalDataSweep.start(hub.desk());
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    server.close();
                                    if (!cleanedUp.await(30, TimeUnit.SECONDS)) {
                                        LOG.warn("The hub did not finish closing within 30 s; stopping anyway");
                                    }
                                } catch (Exception e) {
                                    LOG.warn("Stopping the hub: {}", e.toString());
                                }
                            },
                            "hub-shutdown"));
            try {
                writeAtomically(dataDir.resolve("hub.port"), server.port() + "\n");
                System.out.println("county-hub: console at " + server.uri() + "/  (data in " + dataDir + ")");
                server.join();
            } finally {
                Files.deleteIfExists(dataDir.resolve("hub.port"));
                if (db.server().isPresent()) {
                    DatabaseOptions.forgetLocal(dataDir);
                }
            }
        } finally {
            cleanedUp.countDown();
        }
        return 0;
    }

    /** The token Prometheus sends to /metrics, made on first run (DATA_DIR/metrics-token, readable by the owner only). */
    static String scrapeToken(Path dataDir) throws IOException {
        Path file = dataDir.resolve("metrics-token");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        String token = Tokens.newToken();
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
        return token;
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
