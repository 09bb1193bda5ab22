package org.legalkiosk.kiosk.cli.content;

import java.util.concurrent.Callable;

import org.legalkiosk.content.store.InstalledVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code legalkiosk content rollback N}: makes a kept earlier version active again (an admin's explicit choice). */
@Command(
        name = "rollback",
        mixinStandardHelpOptions = true,
        description = "Make a kept content version active again (see `content versions`).")
public final class RollbackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreAccess store;

    @Parameters(index = "0", paramLabel = "VERSION", description = "The version number to return to.")
    long version;

    @Override
    public Integer call() {
        Reporter report = new Reporter(spec);
        return store.change(report, "content rollback", s -> {
            InstalledVersion v = s.rollback(version);
            return "Content version " + v.version() + " (" + v.label() + ") is active again.";
        });
    }
}
