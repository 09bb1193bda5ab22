package org.legalkiosk.kiosk.bench;

import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.statute.StatuteLibrary;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Runs every benchmark in turn and prints Markdown tables. */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void run(ContentLibrary library, StatuteLibrary statutes, Path contentDir, int rounds, PrintWriter out)
            throws Exception {
        Path work = SearchBenchmark.tempDir();
        try {
            out.printf("Java %s, %d cores%n%n## Search%n%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
            new SearchBenchmark(library, statutes, rounds).run(out, work);
            out.printf("%n## Bundles%n%n");
            new BundleBenchmark(contentDir, Math.max(3, rounds / 4)).run(out, work);
            out.printf("%n## Agent under load%n%n");
            new AgentLoadBenchmark(contentDir, 20_000, 50).run(out, work);
            out.printf("%n## Bookings%n%n");
            new BookingBenchmark(BookingBenchmark.Sizes.standard(rounds)).run(out, work);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
