package org.legalkiosk.kiosk.cli.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.content.search.SearchIndexer;
import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.content.store.StoreOptions;
import org.legalkiosk.kiosk.config.AppVersion;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.store.AuditLog;
import org.legalkiosk.kiosk.store.FileAuditLog;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that change a kiosk's own content store ({@code apply}, {@code rollback},
 * {@code versions}): which data directory, and which keys to trust (from the kiosk's settings unless given).
 */
final class StoreAccess {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            defaultValue = "/var/lib/legalkiosk",
            description = "The kiosk's data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(
            names = "--trusted-keys",
            paramLabel = "PATH",
            description =
                    "Public key file or folder of *.pub files (default: from kiosk.yaml, else DATA_DIR/trusted-keys).")
    Path trustedKeys;

    /** One change to the store, with the store open. */
    @FunctionalInterface
    interface Change {
        String apply(ContentStore store) throws IOException, org.legalkiosk.content.bundle.BundleException;
    }

    /**
     * Opens the store, makes the change and reports it; every refusal leaves the active version as it was, and
     * says so. Shared by {@code apply} and {@code rollback}, which differ only in the change.
     */
    int change(Reporter report, Change change) {
        return change(report, "content", change);
    }

    /** As {@link #change(Reporter, Change)}, audited as {@code subject} (e.g. {@code content apply}). */
    int change(Reporter report, String subject, Change change) {
        try (ContentStore s = open()) {
            String done = change.apply(s);
            audit(report, subject, true, done);
            report.out(done);
            return ExitCodes.OK;
        } catch (org.legalkiosk.content.bundle.BundleException e) {
            audit(report, subject, false, "refused " + e.reason() + ": " + e.getMessage());
            return report.fail(ExitCodes.VERIFICATION_FAILED, "refused, nothing changed: " + e.getMessage());
        } catch (KioskSettings.InvalidSettingsException e) {
            return report.fail(ExitCodes.USAGE, e.getMessage());
        } catch (IOException e) {
            return report.fail(ExitCodes.INTERNAL, "failed, nothing changed: " + e.getMessage());
        }
    }

    /** The console's changes go into the kiosk's audit log like the agent's; a failure to write it is reported. */
    private void audit(Reporter report, String subject, boolean done, String detail) {
        try {
            new FileAuditLog(dataDir)
                    .append(AuditLog.Entry.local(
                            java.time.Instant.now(), AuditLog.Entry.consoleUser(), "CLI", subject, done, detail));
        } catch (IOException e) {
            report.detail("warning: the audit log could not be written: " + e.getMessage());
        }
    }

    /** Opens the store the running kiosk reads, with the search indexer every new version gets. */
    ContentStore open() throws IOException, KioskSettings.InvalidSettingsException {
        Path keys =
                trustedKeys != null ? trustedKeys : KioskSettings.read(dataDir).trustedKeysPath(dataDir);
        if (!Files.exists(keys)) {
            throw new IOException("no trusted keys at " + keys + ": copy the publisher's .pub file there");
        }
        StoreOptions options = StoreOptions.of(TrustedKeys.read(keys))
                .withIndexer(new SearchIndexer()::index)
                .withAppVersion(AppVersion.current());
        return ContentStore.open(KioskSettings.contentStore(dataDir), options);
    }
}
