package org.legalkiosk.hub.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.eclipse.jetty.server.Handler;
import org.legalkiosk.hub.Hub;
import org.legalkiosk.hub.content.ChannelKey;
import org.legalkiosk.hub.content.ContentLibrary;
import org.legalkiosk.hub.db.Database;
import org.legalkiosk.hub.security.Tokens;
import org.legalkiosk.hub.web.HubServer;
import org.legalkiosk.hub.web.HubServerConfig;

/**
 * The hub under a county's steady load (issue 14): every terminal's heartbeat once a minute plus the bookings' events,
 * sent on loopback to a hub configured as {@code county-hub run} configures it (20 database connections, 64 server
 * threads), measured against a baseline in the same run: the same server and handler chain answering the same requests
 * without any store ({@link NoWorkTerminalApi}). The baseline runs first, then the hub; each has a warm-up whose figures
 * are dropped (the hub's is a whole minute, so every terminal's first heartbeat, which inserts rather than updates,
 * falls into it).
 */
final class HubBenchmark {

    /** What to run; {@code warmup} and {@code measured} of the hub should be whole minutes (see OpenLoopLoad). */
    record Settings(int terminals, int eventsPerMinute, Duration warmup, Duration baselineWarmup, Duration measured) {}

    /** One phase's figures. */
    record Phase(OpenLoopLoad.Result load, double serverMillis) {}

    /** Both phases and what the hub stored. */
    record Report(Phase baseline, Phase hub, long storedEvents, long statusRows) {}

    private final Settings settings;

    HubBenchmark(Settings settings) {
        this.settings = settings;
    }

    Report run(Database database, Path work) throws Exception {
        Path keys = Files.createDirectories(work.resolve("trusted-keys"));
        ContentLibrary content = new ContentLibrary(
                database.dataSource(),
                work.resolve("content"),
                keys,
                ChannelKey.loadOrCreate(work.resolve("channel-key.key")),
                Clock.systemUTC(),
                ContentLibrary.DEFAULT_MAX_UPLOAD_BYTES);
        Hub hub = Hub.over(database.dataSource(), Clock.systemUTC(), Hub.DEFAULT_HEARTBEAT_SECONDS, content);
        SimulatedFleet fleet = new SimulatedFleet(settings.terminals());
        fleet.seed(hub, Clock.systemUTC().instant());
        Phase baseline = phase(hub, fleet, NoWorkTerminalApi::new, settings.baselineWarmup());
        Phase real = phase(hub, fleet, UnaryOperator.identity(), settings.warmup());
        return new Report(baseline, real, count(database, "terminal_events"), count(database, "terminal_status"));
    }

    private Phase phase(Hub hub, SimulatedFleet fleet, UnaryOperator<Handler> answer, Duration warmup)
            throws Exception {
        ServerTime[] timer = new ServerTime[1];
        HubServer server = HubServer.newServer(
                new HubServerConfig("127.0.0.1", 0, true, Tokens.newToken(), 64),
                hub,
                chain -> timer[0] = new ServerTime(answer.apply(chain)));
        try (HubServer running = server.start()) {
            OpenLoopLoad load = new OpenLoopLoad(fleet, settings.eventsPerMinute());
            if (!warmup.isZero()) {
                load.run(running.uri(), warmup);
            }
            timer[0].reset();
            OpenLoopLoad.Result result = load.run(running.uri(), settings.measured());
            return new Phase(result, timer[0].meanMillis());
        }
    }

    static void print(Settings settings, Report report, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%d terminals, one heartbeat a minute each, %d events a minute; measured %d s after a warm-up"
                        + " (hub %d s, baseline %d s)%n%n",
                settings.terminals(),
                settings.eventsPerMinute(),
                settings.measured().toSeconds(),
                settings.warmup().toSeconds(),
                settings.baselineWarmup().toSeconds());
        out.println("| answered by | requests/s | heartbeat p50 ms | heartbeat p99 ms | event p50 ms | event p99 ms"
                + " | server ms/request (mean) | not 2xx | sent > 5 ms late |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        row(out, "baseline: same server and parsing, no store", report.baseline());
        row(out, "the hub (PostgreSQL)", report.hub());
        OpenLoopLoad.Result hub = report.hub().load();
        OpenLoopLoad.Result base = report.baseline().load();
        double clientMean = mean(hub.heartbeats(), hub.events());
        double storeMillis = report.hub().serverMillis() - report.baseline().serverMillis();
        out.println();
        out.printf(
                Locale.ROOT,
                "Hub / baseline: heartbeat p50 %.1f×, p99 %.1f×; event p50 %.1f×, p99 %.1f×.%n",
                ratio(p(hub.heartbeats(), 50), p(base.heartbeats(), 50)),
                ratio(p(hub.heartbeats(), 99), p(base.heartbeats(), 99)),
                ratio(p(hub.events(), 50), p(base.events(), 50)),
                ratio(p(hub.events(), 99), p(base.events(), 99)));
        out.printf(
                Locale.ROOT,
                "PostgreSQL's share of the hub's handling time (hub server time minus baseline server time, over hub"
                        + " server time): %.0f%%; handling is %.0f%% of the hub's mean latency (%.2f ms), the rest is"
                        + " waiting for a thread or a connection.%n",
                report.hub().serverMillis() == 0
                        ? 0
                        : 100 * storeMillis / report.hub().serverMillis(),
                clientMean == 0 ? 0 : 100 * report.hub().serverMillis() / clientMean,
                clientMean);
        out.printf(
                Locale.ROOT,
                "Stored afterwards: %d events, %d terminal status rows. Target p99 < 50 ms: %s.%n",
                report.storedEvents(),
                report.statusRows(),
                Math.max(p(hub.heartbeats(), 99), p(hub.events(), 99)) < 50 ? "met" : "NOT met");
        out.flush();
    }

    private static void row(PrintWriter out, String label, Phase phase) {
        OpenLoopLoad.Result r = phase.load();
        out.printf(
                Locale.ROOT,
                "| %s | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %d | %d |%n",
                label,
                r.perSecond(),
                p(r.heartbeats(), 50),
                p(r.heartbeats(), 99),
                p(r.events(), 50),
                p(r.events(), 99),
                phase.serverMillis(),
                r.errors(),
                r.late());
    }

    /** The {@code percent}th percentile in milliseconds (nearest rank), 0 for no samples. */
    static double p(long[] nanos, int percent) {
        if (nanos.length == 0) {
            return 0;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static double mean(long[] a, long[] b) {
        long n = a.length + b.length;
        return n == 0 ? 0 : (Arrays.stream(a).sum() + Arrays.stream(b).sum()) / 1e6 / n;
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    private static long count(Database database, String table) throws SQLException {
        try (Connection c = database.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
