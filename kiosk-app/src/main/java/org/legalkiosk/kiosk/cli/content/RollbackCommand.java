package org.legalkiosk.kiosk.cli.content;

import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.content.store.InstalledVersion;
import org.legalkiosk.kiosk.config.KioskSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.concurrent.Callable;

/** {@code legalkiosk content rollback N}: makes a kept earlier version active again (an admin's explicit choice). */
@Command(name = "rollback", mixinStandardHelpOptions = true,
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
        try (ContentStore s = store.open()) {
            InstalledVersion v = s.rollback(version);
            report.out("Content version " + v.version() + " (" + v.label() + ") is active again.");
            return ExitCodes.OK;
        } catch (BundleException e) {
            return report.fail(ExitCodes.VERIFICATION_FAILED, "refused, nothing changed: " + e.getMessage());
        } catch (KioskSettings.InvalidSettingsException e) {
            return report.fail(ExitCodes.USAGE, e.getMessage());
        } catch (IOException e) {
            return report.fail(ExitCodes.INTERNAL, "failed, nothing changed: " + e.getMessage());
        }
    }
}
