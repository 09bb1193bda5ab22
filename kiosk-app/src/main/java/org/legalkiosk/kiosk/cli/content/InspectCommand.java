package org.legalkiosk.kiosk.cli.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.legalkiosk.content.bundle.BundleArchive;
import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.BundleManifest;
import org.legalkiosk.content.bundle.ManifestEntry;
import org.legalkiosk.content.bundle.ManifestJson;
import org.legalkiosk.content.bundle.ManifestSignature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code legalkiosk content inspect}: what a bundle says about itself, without trusting it. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = "Show a bundle's manifest and signing key id. The signature is NOT checked here: use 'verify'.")
public final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The bundle file.")
    Path file;

    @Option(names = "--files", description = "List every file with its size and hash.")
    boolean listFiles;

    @Override
    public Integer call() {
        Reporter report = new Reporter(spec);
        if (!Files.isRegularFile(file)) {
            return report.fail(ExitCodes.USAGE, "bundle " + file + " does not exist");
        }
        try (BundleArchive archive = BundleArchive.open(file, BundleLimits.DEFAULT)) {
            BundleManifest m = ManifestJson.read(archive.manifestBytes(), BundleLimits.DEFAULT);
            String keyId = ManifestSignature.parse(archive.signatureBytes()).keyId();
            report.out("bundle:          " + m.bundleId());
            report.out("version:         " + m.version() + " (" + m.label() + ")");
            report.out("channel:         " + m.channel());
            report.out("created:         " + m.created());
            report.out("min app version: " + m.minAppVersion());
            report.out("kind:            "
                    + m.base()
                            .map(b -> "delta on version " + b.version() + " (manifest " + b.manifestSha256() + ")")
                            .orElse("full"));
            report.out("signed by key:   " + keyId + " (not checked; run 'legalkiosk content verify')");
            report.out("files:           " + m.files().size() + ", " + m.totalSize() + " bytes");
            report.out("objects carried: " + archive.objectHashes().size() + " of "
                    + m.objectHashes().size() + ", bundle file " + Files.size(file) + " bytes");
            if (listFiles) {
                for (ManifestEntry f : m.files()) {
                    report.out(String.format(
                            "  %10d  %s  %s%s",
                            f.size(),
                            f.sha256().substring(0, 12),
                            f.path(),
                            archive.hasObject(f.sha256()) ? "" : "  (from base)"));
                }
            }
            return ExitCodes.OK;
        } catch (BundleException e) {
            return report.fail(ExitCodes.INVALID, file + " is not a readable bundle: " + e.getMessage());
        } catch (IOException e) {
            return report.fail(ExitCodes.INTERNAL, "cannot read " + file + ": " + e.getMessage());
        }
    }
}
