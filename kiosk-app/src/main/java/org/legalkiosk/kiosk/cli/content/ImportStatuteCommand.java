package org.legalkiosk.kiosk.cli.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.source.CatalogueReader;
import org.legalkiosk.content.source.Problems;
import org.legalkiosk.content.statute.Statute;
import org.legalkiosk.content.statute.StatuteFormatException;
import org.legalkiosk.content.statute.StatuteJson;
import org.legalkiosk.content.statute.StatuteParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code legalkiosk content import-statute FILE.md --law-id ID [--content-dir DIR]}: turns an official statute
 * text in the corpus's Markdown layout into content ({@code DIR/statutes/ID.json}) that is bundled and shipped
 * to terminals with the explainers.
 */
@Command(
        name = "import-statute",
        mixinStandardHelpOptions = true,
        description = "Import an official statute text (Markdown, one article per paragraph) into a content folder.")
public final class ImportStatuteCommand implements Callable<Integer> {

    static final int EXIT_INVALID = ExitCodes.INVALID;

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FILE.md",
            description = "The statute text, e.g. ../shared/data/laws/civil-code.zh.md.")
    Path file;

    @Option(
            names = "--law-id",
            required = true,
            paramLabel = "ID",
            description = "The law's id in laws.yaml, e.g. civil-code.")
    String lawId;

    @Option(
            names = "--content-dir",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "The content folder (with laws.yaml) to import into. Default: the current folder.")
    Path contentDir;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        try {
            Problems problems = new Problems();
            Path lawsFile = contentDir.resolve("laws.yaml");
            if (!Files.isRegularFile(lawsFile)) {
                err.println("import-statute: " + lawsFile + " not found; is " + contentDir + " a content folder?");
                return EXIT_INVALID;
            }
            List<Law> laws =
                    CatalogueReader.readLaws(Files.readString(lawsFile, StandardCharsets.UTF_8), "laws.yaml", problems);
            Law law =
                    laws.stream().filter(l -> l.id().equals(lawId)).findFirst().orElse(null);
            if (law == null) {
                err.println("import-statute: law '" + lawId + "' is not in " + lawsFile);
                return EXIT_INVALID;
            }
            Statute statute = StatuteParser.parse(
                    lawId,
                    Objects.requireNonNull(file.getFileName(), "a file, not a root")
                            .toString(),
                    Files.readString(file, StandardCharsets.UTF_8));
            if (statute.articles().size() != law.articleCount()) {
                err.println(
                        "import-statute: " + file + " has " + statute.articles().size()
                                + " articles but laws.yaml says " + lawId + " has " + law.articleCount());
                return EXIT_INVALID;
            }
            Path target = StatuteJson.fileFor(contentDir, lawId);
            StatuteJson.write(statute, target);
            out.println(
                    "Imported " + statute.title() + ": " + statute.articles().size() + " articles -> " + target);
            return 0;
        } catch (StatuteFormatException e) {
            err.println("import-statute: " + e.getMessage());
            return EXIT_INVALID;
        } catch (IOException e) {
            err.println("import-statute: cannot read or write: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
    }
}
