package org.legalkiosk.kiosk.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.statute.StatuteLibrary;

/** Runs every benchmark in turn and prints Markdown tables. */
public final class Benchmarks {

    /** What {@code bench --sections} can pick. */
    public enum Section {
        search,
        /** The hit rates of the village questions alone, without latency: quick, for whoever edits the content. */
        quality,
        bundles,
        agent,
        bookings,
        startup
    }

    /** Where the package launcher's script is, from the project root; its JVM options are the start-up's. */
    private static final Path LAUNCHER = Path.of("deploy", "files", "usr", "bin", "legalkiosk");

    private Benchmarks() {}

    public static void run(
            ContentLibrary library,
            StatuteLibrary statutes,
            Path contentDir,
            int rounds,
            int startupRounds,
            Set<Section> sections,
            PrintWriter out)
            throws Exception {
        Path work = SearchBenchmark.tempDir();
        try {
            out.printf(
                    "Java %s, %d cores%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            if (sections.contains(Section.search)) {
                out.printf("%n## Search%n%n");
                new SearchBenchmark(library, statutes, rounds).run(out, work, true);
            } else if (sections.contains(Section.quality)) {
                out.printf("%n## Search quality%n%n");
                new SearchBenchmark(library, statutes, rounds).run(out, work, false);
            }
            if (sections.contains(Section.bundles)) {
                out.printf("%n## Bundles%n%n");
                BundleBenchmark bundles = new BundleBenchmark(contentDir, Math.max(3, rounds / 4));
                bundles.run(out, work);
                bundles.runLarge(out, work);
            }
            if (sections.contains(Section.agent)) {
                out.printf("%n## Agent under load%n%n");
                new AgentLoadBenchmark(contentDir, 20_000, 50).run(out, work);
            }
            if (sections.contains(Section.bookings)) {
                out.printf("%n## Bookings%n%n");
                new BookingBenchmark(BookingBenchmark.Sizes.standard(rounds)).run(out, work);
            }
            if (sections.contains(Section.startup)) {
                out.printf("%n## Start-up%n%n");
                new StartupBenchmark(startupRounds, LAUNCHER).run(out, work);
            }
            out.flush();
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
