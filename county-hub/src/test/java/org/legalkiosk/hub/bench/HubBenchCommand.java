package org.legalkiosk.hub.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;

import org.legalkiosk.hub.cli.HubExtraCommand;
import org.legalkiosk.hub.db.Database;
import org.legalkiosk.hub.db.LocalPostgres;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code county-hub bench}: the hub under a county's load against a no-store baseline, printed as Markdown for
 * docs/performance.md. Lives in the test classes, so it is neither in the hub's jar nor run by {@code verify}:
 * <pre>
 * java -cp county-hub/target/county-hub.jar:county-hub/target/test-classes org.legalkiosk.hub.cli.HubMain bench
 * </pre>
 * It starts its own PostgreSQL from this machine's binaries in a temporary folder and removes it afterwards.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Load benchmark: simulated terminals' heartbeats and events against a baseline (Markdown).")
public final class HubBenchCommand implements Callable<Integer>, HubExtraCommand {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--terminals",
            defaultValue = "15000",
            description = "simulated terminals; default ${DEFAULT-VALUE}")
    int terminals;

    @Option(
            names = "--events-per-minute",
            defaultValue = "1000",
            description = "booking events a minute, from random terminals; default ${DEFAULT-VALUE}")
    int eventsPerMinute;

    @Option(
            names = "--minutes",
            defaultValue = "2",
            description = "measured minutes per phase; default ${DEFAULT-VALUE}")
    int minutes;

    @Override
    public Integer call() throws Exception {
        if (terminals < 1 || terminals > 100_000 || eventsPerMinute < 0 || eventsPerMinute > 60_000) {
            throw new IllegalArgumentException("--terminals must be 1..100000 and --events-per-minute 0..60000");
        }
        if (minutes < 1 || minutes > 30) {
            throw new IllegalArgumentException("--minutes must be within 1..30");
        }
        HubBenchmark.Settings settings = new HubBenchmark.Settings(
                terminals, eventsPerMinute, Duration.ofMinutes(1), Duration.ofSeconds(20), Duration.ofMinutes(minutes));
        Path work = Files.createTempDirectory("county-hub-bench-");
        // Its own top-level folder: as root the server runs as the postgres user, who must be able to reach it.
        Path cluster = Files.createTempDirectory("county-hub-bench-pg-");
        PrintWriter out = spec.commandLine().getOut();
        try (LocalPostgres postgres = LocalPostgres.start(cluster)) {
            postgres.createDatabase("bench");
            try (Database database = Database.open(postgres.settings("bench", 20))) {
                HubBenchmark.Report report = new HubBenchmark(settings).run(database, work);
                HubBenchmark.print(settings, report, out);
            }
        } finally {
            delete(work);
            delete(cluster);
        }
        return 0;
    }

    private static void delete(Path folder) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
