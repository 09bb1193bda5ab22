package org.legalkiosk.kiosk.cli.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.legalkiosk.content.bundle.BaseManifest;
import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.ManifestDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code legalkiosk content diff}: which files changed between two versions, e.g. to review a release. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "List files added (+), removed (-) and changed (~) between two bundles or manifest.json files.")
public final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older bundle or manifest.json.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer bundle or manifest.json.")
    Path newer;

    @Override
    public Integer call() {
        Reporter report = new Reporter(spec);
        for (Path p : new Path[] {older, newer}) {
            if (!Files.isRegularFile(p)) {
                return report.fail(ExitCodes.USAGE, p + " does not exist");
            }
        }
        try {
            BaseManifest before = BaseManifest.read(older);
            BaseManifest after = BaseManifest.read(newer);
            ManifestDiff diff = ManifestDiff.between(before.manifest(), after.manifest());
            report.out("version " + before.manifest().version() + " ("
                    + before.manifest().label() + ") -> " + after.manifest().version() + " ("
                    + after.manifest().label() + ")");
            diff.added().forEach(p -> report.out("+ " + p));
            diff.removed().forEach(p -> report.out("- " + p));
            diff.changed().forEach(p -> report.out("~ " + p));
            report.out(String.format(
                    "%d added, %d removed, %d changed; a delta would carry %d bytes of new files",
                    diff.added().size(), diff.removed().size(), diff.changed().size(), diff.bytesToTransfer()));
            return ExitCodes.OK;
        } catch (BundleException e) {
            return report.fail(ExitCodes.INVALID, e.getMessage());
        } catch (IOException e) {
            return report.fail(ExitCodes.INTERNAL, e.getMessage());
        }
    }
}
