package org.legalkiosk.kiosk.cli.content;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.content.store.InstalledVersion;
import org.legalkiosk.kiosk.config.KioskSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code legalkiosk content versions}: the content versions kept on this kiosk, the active one marked. */
@Command(
        name = "versions",
        mixinStandardHelpOptions = true,
        description = "List the content versions kept on this kiosk.")
public final class VersionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreAccess store;

    @Override
    public Integer call() {
        Reporter report = new Reporter(spec);
        try (ContentStore s = store.open()) {
            Optional<InstalledVersion> current = s.current();
            if (s.versions().isEmpty()) {
                report.out("No content version installed.");
            }
            for (InstalledVersion v : s.versions()) {
                boolean active = current.map(c -> c.version() == v.version()).orElse(false);
                report.out((active ? "* " : "  ") + v.version() + "  " + v.label() + "  " + v.channel());
            }
            s.pin()
                    .ifPresent(p -> report.out("Pinned to version " + p.version() + " by a rollback from "
                            + p.rolledBackFrom() + " (since " + p.since() + "): only a newer version than "
                            + p.rolledBackFrom() + " is taken until `legalkiosk content unpin`."));
            return ExitCodes.OK;
        } catch (KioskSettings.InvalidSettingsException e) {
            return report.fail(ExitCodes.USAGE, e.getMessage());
        } catch (IOException e) {
            return report.fail(ExitCodes.INTERNAL, e.getMessage());
        }
    }
}
