package org.legalkiosk.hub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.hub.TestPostgres;
import org.legalkiosk.hub.cli.HubMain;
import org.legalkiosk.hub.db.Database;

/**
 * The benchmark at a tiny load (a few seconds), so it cannot rot unnoticed: the simulated terminals' requests are
 * all accepted by both the baseline and the real hub (tokens, heartbeats with a growing audit head, events), the hub
 * stores each event once, and the report prints. No figure is asserted: this is not a performance test.
 */
class HubBenchmarkTest {

    @TempDir
    Path work;

    @Test
    void tinyLoadIsAnsweredAndStoredAndReported() throws Exception {
        // 300 terminals over 2 s: 10 heartbeats per phase, and 40 events.
        HubBenchmark.Settings settings =
                new HubBenchmark.Settings(300, 1200, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(2));
        HubBenchmark.Report report;
        try (Database database = TestPostgres.freshDatabase()) {
            report = new HubBenchmark(settings).run(database, work);
        }
        OpenLoopLoad.Result hub = report.hub().load();
        assertEquals(0, report.baseline().load().errors());
        assertEquals(0, hub.errors());
        assertEquals(10, hub.heartbeats().length);
        assertEquals(40, hub.events().length);
        assertEquals(40, report.storedEvents(), "every event stored once");
        assertEquals(10, report.statusRows());
        StringWriter text = new StringWriter();
        HubBenchmark.print(settings, report, new PrintWriter(text));
        assertTrue(text.toString().contains("| the hub (PostgreSQL) |"), text.toString());
    }

    @Test
    void joinsTheHubCommandLineFromTheTestClasspath() {
        assertTrue(HubMain.commandLine().getSubcommands().containsKey("bench"));
    }

    @Test
    void percentileIsTheNearestRank() {
        long[] millis = new long[100];
        for (int i = 0; i < 100; i++) {
            millis[i] = (100 - i) * 1_000_000L;
        }
        assertEquals(50.0, HubBenchmark.p(millis, 50));
        assertEquals(99.0, HubBenchmark.p(millis, 99));
        assertEquals(0.0, HubBenchmark.p(new long[0], 99));
    }
}
