package org.legalkiosk.kiosk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.source.ContentLoader;
import org.legalkiosk.content.statute.StatuteDirectory;
import org.legalkiosk.content.statute.StatuteLibrary;
import org.legalkiosk.kiosk.cli.ExtraCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code legalkiosk bench}: measures search, bundle handling, the agent under load and the booking store against
 * baselines from the same run. Not in the product jar: it joins the command line as an {@link ExtraCommand} when
 * this module's jar is on the classpath (README, "Benchmarks").
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Print benchmark tables (Markdown): search latency, index build, bundle apply, delta size, "
                + "agent load, booking throughput and contention.")
public final class BenchCommand implements Callable<Integer>, ExtraCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--content-dir", paramLabel = "DIR", description = "Content folder (default: ./content).")
    Path contentDir = Path.of("content");

    @Option(
            names = "--statutes-dir",
            paramLabel = "DIR",
            description = "Official statutes (default: found automatically).")
    Path statutesDir;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds (default: 20).")
    int rounds = 20;

    @Option(
            names = "--sections",
            split = ",",
            paramLabel = "NAME",
            description = "Only these sections, comma-separated: ${COMPLETION-CANDIDATES} (default: all).")
    java.util.Set<Benchmarks.Section> sections = java.util.EnumSet.allOf(Benchmarks.Section.class);

    @Option(
            names = "--startup-rounds",
            paramLabel = "N",
            description = "Fresh starts of each kind in the start-up section (default: 5).")
    int startupRounds = 5;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (!Files.isRegularFile(contentDir.resolve("categories.yaml"))) {
            spec.commandLine()
                    .getErr()
                    .println("bench: " + contentDir + " is not a content folder (use --content-dir)");
            return 2;
        }
        ContentLibrary library = new ContentLoader().loadStrict(contentDir);
        Path statutes =
                statutesDir != null ? statutesDir : StatuteDirectory.locate().orElse(null);
        StatuteLibrary texts =
                statutes == null ? StatuteLibrary.empty() : StatuteLibrary.load(statutes, library.laws());
        if (texts.size() == 0) {
            out.println("(no statute texts found: search runs over the explainers only)");
        }
        Benchmarks.run(library, texts, contentDir, rounds, startupRounds, sections, out);
        out.flush();
        return 0;
    }
}
