package org.legalkiosk.kiosk.cli.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.legalkiosk.content.bundle.BaseManifest;
import org.legalkiosk.content.bundle.BundleBuilder;
import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.bundle.SourceFiles;
import org.legalkiosk.content.check.CitationChecker;
import org.legalkiosk.content.forms.FormLoader;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.selfcheck.SelfCheckLoader;
import org.legalkiosk.content.source.ContentLoader;
import org.legalkiosk.content.source.ContentProblem;
import org.legalkiosk.content.statute.StatuteDirectory;
import org.legalkiosk.content.statute.StatuteLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code legalkiosk content build}: checks a content folder completely, then packs and signs it. Nothing is written
 * when any check fails, so a bundle that exists has passed every check a kiosk will make.
 */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "Validate a content folder and pack it into a signed bundle (a delta with --base).")
public final class BuildCommand implements Callable<Integer> {

    /** The first application that reads bundle format 1: the default minimum, so no kiosk is locked out needlessly. */
    static final String FIRST_BUNDLE_APP_VERSION = "0.1.0";

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "SRC_DIR",
            description =
                    "Content folder: categories.yaml, laws.yaml, notices.yaml, synonyms.txt, explainers/, images/, optional statutes/.")
    Path source;

    @Option(
            names = "--key",
            required = true,
            paramLabel = "PRIVATE",
            description = "Private key file from 'content keygen'.")
    Path key;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The bundle file to write.")
    Path out;

    @Option(
            names = "--base",
            paramLabel = "OLD_BUNDLE_OR_MANIFEST",
            description = "Build a delta carrying only what this older version lacks.")
    Path base;

    @Option(
            names = "--version",
            paramLabel = "N",
            description = "Version number, greater than every earlier one (default with --base: the base's + 1).")
    Long version;

    @Option(names = "--label", paramLabel = "L", description = "What people call this version (default: v<N>).")
    String label;

    @Option(
            names = "--channel",
            paramLabel = "C",
            defaultValue = "stable",
            description = "Release channel (default: ${DEFAULT-VALUE}).")
    String channel;

    @Option(
            names = "--min-app-version",
            paramLabel = "V",
            defaultValue = FIRST_BUNDLE_APP_VERSION,
            description = "Oldest kiosk application that may show this content (default: ${DEFAULT-VALUE}).")
    String minAppVersion;

    @Option(
            names = "--statutes-dir",
            paramLabel = "DIR",
            description =
                    "Official statute texts for the citation check (default: SRC_DIR/statutes, then found automatically).")
    Path statutesDir;

    @Override
    public Integer call() {
        Reporter report = new Reporter(spec);
        try {
            return build(report);
        } catch (IOException e) {
            return report.fail(ExitCodes.INTERNAL, "cannot build: " + e.getMessage());
        }
    }

    private int build(Reporter report) throws IOException {
        Optional<String> usage = usageProblem();
        if (usage.isPresent()) {
            return report.fail(ExitCodes.USAGE, usage.get());
        }
        SourceFiles.Result files = SourceFiles.collect(source);
        ContentLoader.Result loaded = new ContentLoader().load(source);
        List<ContentProblem> problems = new java.util.ArrayList<>(files.problems());
        problems.addAll(loaded.problems());
        problems.addAll(SelfCheckLoader.problemsIn(source));
        problems.addAll(FormLoader.problemsIn(source));
        if (problems.isEmpty()) {
            problems.addAll(checkCitations(loaded.library(), report));
        }
        if (!problems.isEmpty()) {
            report.fail(ExitCodes.INVALID, source + " has " + problems.size() + " problem(s); no bundle was written:");
            problems.forEach(p -> report.detail(p.toString()));
            return ExitCodes.INVALID;
        }
        SigningKeys.SigningKey signingKey;
        Optional<BaseManifest> baseManifest;
        try {
            signingKey = SigningKeys.readPrivate(key);
            baseManifest = base == null ? Optional.empty() : Optional.of(BaseManifest.read(base));
        } catch (IOException | BundleException e) {
            return report.fail(ExitCodes.INVALID, e.getMessage());
        }
        long number = version != null
                ? version
                : baseManifest.map(b -> b.manifest().version() + 1).orElseThrow();
        if (baseManifest.isPresent() && baseManifest.get().manifest().version() >= number) {
            return report.fail(
                    ExitCodes.USAGE,
                    "--version " + number + " must be greater than the base's version "
                            + baseManifest.get().manifest().version());
        }
        BundleBuilder.Options options = new BundleBuilder.Options(
                channel,
                number,
                label != null ? label : "v" + number,
                minAppVersion,
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
        BundleBuilder.Result result;
        try {
            result = new BundleBuilder(BundleLimits.DEFAULT)
                    .build(files.files(), signingKey, options, baseManifest, out);
        } catch (IllegalArgumentException e) {
            return report.fail(ExitCodes.INVALID, e.getMessage());
        }
        report.out(String.format(
                "built %s bundle: version %d (%s), channel %s, %d files, %d objects carried, %d bytes, key %s",
                result.manifest().isDelta() ? "delta" : "full",
                number,
                options.label(),
                channel,
                result.manifest().files().size(),
                result.objectsCarried(),
                result.fileBytes(),
                signingKey.keyId()));
        result.manifest()
                .base()
                .ifPresent(
                        b -> report.out("delta on version " + b.version() + " (manifest " + b.manifestSha256() + ")"));
        report.out("written to " + result.file());
        return ExitCodes.OK;
    }

    private Optional<String> usageProblem() {
        if (!Files.isDirectory(source)) {
            return Optional.of("content folder " + source + " does not exist");
        }
        if (!Files.isRegularFile(key)) {
            return Optional.of("key file " + key + " does not exist");
        }
        if (base != null && !Files.isRegularFile(base)) {
            return Optional.of("base " + base + " does not exist");
        }
        if (version == null && base == null) {
            return Optional.of("--version is required for a full bundle (with --base it defaults to the base's + 1)");
        }
        if (version != null && version < 1) {
            return Optional.of("--version must be 1 or more");
        }
        if (!channel.matches("[a-z0-9-]{1,40}")) {
            return Optional.of("--channel must be lower-case letters, digits and '-', e.g. stable");
        }
        if (label != null && !label.matches("[^\\p{Cntrl}]{1,100}")) {
            return Optional.of("--label must be 1 to 100 printable characters");
        }
        if (!minAppVersion.matches("[0-9]++(?:\\.[0-9]++){0,3}+(?:[-.][A-Za-z0-9]++)?+")) {
            return Optional.of("--min-app-version must look like 0.1.0");
        }
        if (statutesDir != null && !Files.isDirectory(statutesDir)) {
            return Optional.of("statutes folder " + statutesDir + " does not exist");
        }
        return Optional.empty();
    }

    /** Cited articles against the official texts, when they are at hand; their absence is said, not hidden. */
    private List<ContentProblem> checkCitations(ContentLibrary library, Reporter report) {
        Optional<Path> statutes = Optional.ofNullable(statutesDir)
                .or(() -> Optional.of(source.resolve("statutes")).filter(Files::isDirectory))
                .or(StatuteDirectory::locate);
        if (statutes.isEmpty()) {
            report.out("citations not checked: no statute texts found (use --statutes-dir)");
            return List.of();
        }
        CitationChecker.Report check =
                new CitationChecker(StatuteLibrary.load(statutes.get(), library.laws())).check(library);
        report.out("citations checked: " + check.articlesChecked() + " articles and " + check.quotesChecked()
                + " quotations against " + statutes.get()
                + (check.unverifiedLaws().isEmpty()
                        ? ""
                        : "; no text for " + String.join(", ", check.unverifiedLaws())));
        return check.problems();
    }
}
