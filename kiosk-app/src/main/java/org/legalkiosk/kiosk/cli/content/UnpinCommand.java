package org.legalkiosk.kiosk.cli.content;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code legalkiosk content unpin}: lifts the pin a rollback set, so the next newer bundle is taken again. */
@Command(
        name = "unpin",
        mixinStandardHelpOptions = true,
        description = "Lift the pin a rollback set: pushes, sticks and pulls of newer versions are taken again.")
public final class UnpinCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreAccess store;

    @Override
    public Integer call() {
        Reporter report = new Reporter(spec);
        return store.change(
                report,
                "content unpin",
                s -> s.unpin()
                        .map(p -> "The pin on content version " + p.version() + " (rolled back from "
                                + p.rolledBackFrom() + ") is lifted.")
                        .orElse("No pin was set; nothing changed."));
    }
}
