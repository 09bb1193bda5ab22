package org.legalkiosk.kiosk.cli.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.legalkiosk.content.store.InstalledVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code legalkiosk content apply BUNDLE}: installs a bundle into this kiosk's content store (verify, unpack,
 * validate, index, switch). A running kiosk picks the new version up at its next idle moment.
 */
@Command(
        name = "apply",
        mixinStandardHelpOptions = true,
        description = "Install a signed bundle on this kiosk; the screen switches to it at its next idle moment.")
public final class ApplyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreAccess store;

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "The bundle file (full or delta).")
    Path bundle;

    @Override
    public Integer call() {
        Reporter report = new Reporter(spec);
        if (!Files.isRegularFile(bundle)) {
            return report.fail(ExitCodes.USAGE, bundle + " is not a file");
        }
        return store.change(report, "content apply", s -> {
            InstalledVersion v = s.apply(bundle);
            return "Content version " + v.version() + " (" + v.label() + ") is active.";
        });
    }
}
