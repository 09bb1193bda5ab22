package org.legalkiosk.kiosk.agent;

import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.Hashes;
import org.legalkiosk.content.bundle.ManifestJson;
import org.legalkiosk.content.bundle.BundleManifest;
import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.content.search.SearchIndexer;
import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.content.store.InstalledVersion;
import org.legalkiosk.content.store.StoreOptions;
import org.legalkiosk.kiosk.config.KioskSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link ContentAdmin} over the kiosk's {@link ContentStore}. The store is opened for each change and closed
 * right after, because it allows one holder at a time: between pushes the {@code legalkiosk content} commands
 * can still use it. Trusted keys are read at each opening, so a key rolled out through the settings counts at once.
 */
public final class StoreContentAdmin implements ContentAdmin {

    /** Opens the store with the options this kiosk uses (trusted keys, indexer, app version). */
    @FunctionalInterface
    public interface Opener {
        ContentStore open() throws IOException;
    }

    private final Path storeRoot;
    private final Opener opener;
    private final Clock clock;
    private final AtomicReference<UpdateResult> last = new AtomicReference<>();

    public StoreContentAdmin(Path storeRoot, Opener opener, Clock clock) {
        this.storeRoot = storeRoot;
        this.opener = opener;
        this.clock = clock;
    }

    /** The store under {@code DATA_DIR/content}, trusting the keys kiosk.yaml names, indexing each new version. */
    public static StoreContentAdmin forDataDir(Path dataDir, String appVersion, Clock clock) {
        Path root = KioskSettings.contentStore(dataDir);
        return new StoreContentAdmin(root, () -> {
            Path keys;
            try {
                keys = KioskSettings.read(dataDir).trustedKeysPath(dataDir);
            } catch (KioskSettings.InvalidSettingsException e) {
                throw new IOException(e.getMessage(), e);
            }
            if (!Files.exists(keys)) {
                throw new IOException("no trusted keys at " + keys);
            }
            StoreOptions options = StoreOptions.of(TrustedKeys.read(keys))
                    .withIndexer(new SearchIndexer()::index)
                    .withAppVersion(appVersion);
            return ContentStore.open(root, options);
        }, clock);
    }

    @Override
    public Version apply(Path bundle) throws IOException, BundleException {
        try (ContentStore store = opener.open()) {
            InstalledVersion v = store.apply(bundle);
            record("apply", v.version(), null);
            return toVersion(v, true);
        } catch (BundleException e) {
            record("apply", null, e);
            throw e;
        } catch (IOException e) {
            recordFailure("apply", e.getMessage());
            throw e;
        }
    }

    @Override
    public Version rollback(long version) throws IOException, BundleException {
        try (ContentStore store = opener.open()) {
            InstalledVersion v = store.rollback(version);
            record("rollback", v.version(), null);
            return toVersion(v, true);
        } catch (BundleException e) {
            record("rollback", version, e);
            throw e;
        } catch (IOException e) {
            recordFailure("rollback", e.getMessage());
            throw e;
        }
    }

    @Override
    public List<Version> versions() throws IOException {
        try (ContentStore store = opener.open()) {
            Optional<InstalledVersion> current = store.current();
            List<Version> out = new ArrayList<>();
            for (InstalledVersion v : store.versions()) {
                out.add(toVersion(v, current.map(c -> c.version() == v.version()).orElse(false)));
            }
            return out;
        }
    }

    @Override
    public Optional<Version> current() throws IOException {
        Optional<Path> folder = ContentStore.activeFolder(storeRoot);
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(folder.get().resolve(".bundle").resolve("manifest.json"));
            BundleManifest m = ManifestJson.read(bytes, BundleLimits.DEFAULT);
            return Optional.of(new Version(m.version(), m.label(), m.channel(), Hashes.sha256Hex(bytes), true));
        } catch (BundleException e) {
            throw new IOException("the active version's manifest is unreadable: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<UpdateResult> lastResult() {
        return Optional.ofNullable(last.get());
    }

    private void record(String action, Long version, BundleException failure) {
        last.set(new UpdateResult(clock.instant().toString(), action, failure == null, version,
                failure == null ? null : failure.reason().name(), failure == null ? null : failure.getMessage()));
    }

    private void recordFailure(String action, String message) {
        last.set(new UpdateResult(clock.instant().toString(), action, false, null, "IO_ERROR", message));
    }

    private static Version toVersion(InstalledVersion v, boolean active) {
        return new Version(v.version(), v.label(), v.channel(), v.manifestSha256(), active);
    }
}
