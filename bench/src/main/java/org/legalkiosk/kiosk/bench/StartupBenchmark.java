package org.legalkiosk.kiosk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.legalkiosk.kiosk.app.FirstFrame;
import org.legalkiosk.kiosk.cli.LegalKioskMain;

/**
 * Start-up of the headless demo kiosk, to its first frame and to a healthy agent ({@code GET /api/v1/health}),
 * against two floors measured in the same run: {@code java -version} (the JVM alone) and a one-label JavaFX app
 * under the same headless Monocle platform. Each is a fresh process, started the rounds' number of times in turn;
 * the kiosk runs with the package launcher's JVM options, and with an AppCDS archive of its own classes made by
 * a training run. The very first start on an empty data directory (search index built into the cache) is its
 * own row.
 */
final class StartupBenchmark {

    /** Generous: on the shared machine under a load average of 80 a start took over four minutes. */
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private static final String[] MONOCLE = {
        "-Dglass.platform=Monocle",
        "-Dmonocle.platform=Headless",
        "-Dprism.order=sw",
        "-Dheadless.geometry=1920x1080-32",
        "-Djava.awt.headless=true"
    };

    private final int rounds;
    private final Path launcher;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    StartupBenchmark(int rounds, Path launcher) {
        this.rounds = rounds;
        this.launcher = launcher;
    }

    private record Start(long firstFrameMs, long healthyMs) {}

    void run(PrintWriter out, Path work) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String kioskJar = jarOf(LegalKioskMain.class);
        String benchJar = jarOf(StartupBenchmark.class);
        List<String> launcherOptions = launcherOptions(launcher);
        Path kioskArchive = work.resolve("kiosk.jsa");
        Path labelArchive = work.resolve("label.jsa");

        // The first start on an empty data directory: content loaded, the search index built into the cache.
        Path data = Files.createDirectories(work.resolve("startup-data"));
        Start first = kiosk(java, launcherOptions, List.of(), kioskJar, data, false);
        // Training runs that write the AppCDS archives at exit.
        kiosk(java, launcherOptions, List.of("-XX:ArchiveClassesAtExit=" + kioskArchive), kioskJar, data, true);
        label(java, List.of("-XX:ArchiveClassesAtExit=" + labelArchive), benchJar);
        boolean archives = Files.isRegularFile(kioskArchive) && Files.isRegularFile(labelArchive);

        long[] version = new long[rounds];
        long[] label = new long[rounds];
        long[] labelCds = new long[rounds];
        long[][] plain = new long[2][rounds];
        long[][] cds = new long[2][rounds];
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            run(List.of(java, "-version"), null);
            version[r] = (System.nanoTime() - t) / 1_000_000;
            label[r] = label(java, List.of(), benchJar);
            Start s = kiosk(java, launcherOptions, List.of(), kioskJar, data, false);
            plain[0][r] = s.firstFrameMs();
            plain[1][r] = s.healthyMs();
            if (archives) {
                labelCds[r] = label(java, List.of("-XX:SharedArchiveFile=" + labelArchive), benchJar);
                Start c = kiosk(
                        java, launcherOptions, List.of("-XX:SharedArchiveFile=" + kioskArchive), kioskJar, data, false);
                cds[0][r] = c.firstFrameMs();
                cds[1][r] = c.healthyMs();
            }
        }
        double floor = median(label);
        out.printf(
                Locale.ROOT,
                "JVM options of the kiosk rows: the package launcher's (%s)%n%n",
                launcherOptions.isEmpty() ? "not found: JVM defaults" : String.join(" ", launcherOptions));
        out.printf(
                Locale.ROOT,
                "| start (median of %d, fresh process each) | to first frame ms | to healthy agent ms "
                        + "| first frame / one-label app | first frame / java -version |%n",
                rounds);
        out.println("|---|---:|---:|---:|---:|");
        double jvm = median(version);
        out.printf(Locale.ROOT, "| `java -version` (floor) | %.0f | | %.2f | 1.00 |%n", jvm, jvm / floor);
        out.printf(
                Locale.ROOT,
                "| one-label JavaFX app, headless Monocle (floor) | %.0f | | 1.00 | %.2f |%n",
                floor,
                floor / jvm);
        if (archives) {
            row(out, "one-label JavaFX app with AppCDS", median(labelCds), -1, floor, jvm);
        }
        row(
                out,
                "kiosk, first start on an empty data directory (one run)",
                first.firstFrameMs(),
                first.healthyMs(),
                floor,
                jvm);
        row(out, "kiosk, later starts (search index from the cache)", median(plain[0]), median(plain[1]), floor, jvm);
        if (archives) {
            row(out, "kiosk, later starts with AppCDS", median(cds[0]), median(cds[1]), floor, jvm);
        } else {
            out.println("| (no AppCDS archive was written by the training runs) | | | | |");
        }
    }

    private static void row(PrintWriter out, String what, double frame, double healthy, double floor, double jvm) {
        out.printf(
                Locale.ROOT,
                "| %s | %.0f | %s | %.2f | %.2f |%n",
                what,
                frame,
                healthy < 0 ? "" : String.format(Locale.ROOT, "%.0f", healthy),
                frame / floor,
                frame / jvm);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Milliseconds from spawning the one-label app to its first frame. */
    private long label(String java, List<String> jvmOptions, String benchJar) throws Exception {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of(MONOCLE));
        command.addAll(List.of("-cp", benchJar, OneLabelApp.class.getName()));
        long t = System.nanoTime();
        run(command, OneLabelApp.MESSAGE);
        return (System.nanoTime() - t) / 1_000_000;
    }

    /**
     * Starts the headless demo, waits for both its first frame (its log line) and a healthy agent, then stops it
     * (SIGTERM, as systemd does; a training run writes its archive then).
     */
    private Start kiosk(
            String java, List<String> launcherOptions, List<String> extra, String jar, Path data, boolean linger)
            throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(launcherOptions);
        command.addAll(extra);
        command.addAll(List.of("-cp", jar, LegalKioskMain.class.getName(), "run", "--demo", "--headless"));
        command.addAll(List.of("--data-dir", data.toString(), "--agent-port", Integer.toString(port)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOME", data.toString());
        long t = System.nanoTime();
        Process p = builder.start();
        try {
            CompletableFuture<Long> frame = watchFor(p, FirstFrame.MESSAGE, t);
            long healthy = pollHealth(p, port, t);
            long shown = frame.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (linger) {
                Thread.sleep(3000);
            }
            return new Start(shown, healthy);
        } finally {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    private long pollHealth(Process p, int port, long t) throws Exception {
        HttpRequest health = HttpRequest.newBuilder(new URI("http://127.0.0.1:" + port + "/api/v1/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = t + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IOException("the kiosk exited (" + p.exitValue() + ") before its agent was healthy");
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - t) / 1_000_000;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(10);
        }
        throw new IOException("the kiosk's agent was not healthy within " + TIMEOUT);
    }

    /** Reads the process's output; completes with the milliseconds from {@code t} to the first line holding it. */
    private static CompletableFuture<Long> watchFor(Process p, String marker, long t) {
        CompletableFuture<Long> seen = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in =
                            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = in.readLine()) != null; ) {
                            if (!seen.isDone() && line.contains(marker)) {
                                seen.complete((System.nanoTime() - t) / 1_000_000);
                            }
                        }
                        seen.completeExceptionally(new IOException("the process ended without printing " + marker));
                    } catch (IOException e) {
                        seen.completeExceptionally(e);
                    }
                },
                "startup-output");
        reader.setDaemon(true);
        reader.start();
        return seen;
    }

    /** Runs to the end (or, with a marker, until it prints it and ends). */
    private static void run(List<String> command, String marker) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Long> seen = watchFor(p, marker == null ? "\0never" : marker, System.nanoTime());
        if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command + " did not finish within " + TIMEOUT);
        }
        if (marker != null) {
            seen.get(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }

    private static final Pattern OPTION = Pattern.compile("(?<=\\s)(-X[^\\s\\\\]+|-D[^\\s\\\\$]+)");

    /** The JVM options the package launcher ({@code deploy/files/usr/bin/legalkiosk}) passes; none if not found. */
    static List<String> launcherOptions(Path launcher) throws IOException {
        if (!Files.isRegularFile(launcher)) {
            return List.of();
        }
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(launcher, StandardCharsets.UTF_8)) {
            if (line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher m = OPTION.matcher(" " + line);
            while (m.find()) {
                options.add(m.group(1));
            }
        }
        return options;
    }
}
