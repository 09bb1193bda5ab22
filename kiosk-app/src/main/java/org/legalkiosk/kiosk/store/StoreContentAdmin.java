package org.legalkiosk.kiosk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.BundleManifest;
import org.legalkiosk.content.bundle.Hashes;
import org.legalkiosk.content.bundle.ManifestJson;
import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.content.search.SearchIndexer;
import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.content.store.InstalledVersion;
import org.legalkiosk.content.store.StoreLockedException;
import org.legalkiosk.content.store.StoreOptions;
import org.legalkiosk.content.store.VersionPin;
import org.legalkiosk.kiosk.config.KioskSettings;

/**
 * {@link ContentAdmin} over the kiosk's {@link ContentStore}. The store is opened for each change and closed
 * right after, because it allows one holder at a time: between pushes the {@code legalkiosk content} commands
 * can still use it. Trusted keys are read at each opening, so a key rolled out through the settings counts at once.
 * One apply or rollback at a time: a second one, from whatever source, gets {@link ContentBusyException} at once,
 * and so does any change while another process holds the store. Push, USB and pull share this lock only if they
 * share the instance: the launcher makes one ({@link KioskStores}) and passes it to each.
 */
public final class StoreContentAdmin implements ContentAdmin {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoreContentAdmin.class);

    /** Opens the store with the options this kiosk uses (trusted keys, indexer, app version). */
    @FunctionalInterface
    public interface Opener {
        ContentStore open() throws IOException;
    }

    private final Path storeRoot;
    private final Opener opener;
    private final Clock clock;
    private final AtomicReference<UpdateResult> last = new AtomicReference<>();
    private final ReentrantLock applying = new ReentrantLock();
    private volatile Source holder;

    public StoreContentAdmin(Path storeRoot, Opener opener, Clock clock) {
        this.storeRoot = storeRoot;
        this.opener = opener;
        this.clock = clock;
    }

    /** The store under {@code DATA_DIR/content}, trusting the keys kiosk.yaml names, indexing each new version. */
    public static StoreContentAdmin forDataDir(Path dataDir, String appVersion, Clock clock) {
        Path root = KioskSettings.contentStore(dataDir);
        return new StoreContentAdmin(
                root,
                () -> {
                    Path keys;
                    try {
                        keys = KioskSettings.read(dataDir).trustedKeysPath(dataDir);
                    } catch (KioskSettings.InvalidSettingsException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                    TrustedKeys trusted = Files.exists(keys) ? TrustedKeys.read(keys) : TrustedKeys.of();
                    if (trusted.isEmpty()) {
                        throw new NotProvisionedException(keys);
                    }
                    StoreOptions options = StoreOptions.of(trusted)
                            .withIndexer(new SearchIndexer()::index)
                            .withAppVersion(appVersion);
                    return ContentStore.open(root, options);
                },
                clock);
    }

    @Override
    public Version apply(Path bundle, Source source) throws IOException, BundleException {
        begin(source);
        try (ContentStore store = open()) {
            InstalledVersion v = store.apply(bundle);
            record("apply", source, v.version(), null);
            return toVersion(v, true);
        } catch (ContentBusyException e) {
            // Turned away, nothing tried: not an update attempt the status should report (docs/agent-api.md).
            throw e;
        } catch (BundleException e) {
            record("apply", source, null, e);
            throw e;
        } catch (IOException e) {
            recordFailure("apply", source, e.getMessage());
            throw e;
        } finally {
            end();
        }
    }

    @Override
    public Version rollback(long version) throws IOException, BundleException {
        begin(Source.PUSH);
        try (ContentStore store = open()) {
            InstalledVersion v = store.rollback(version);
            record("rollback", Source.PUSH, v.version(), null);
            return toVersion(v, true);
        } catch (ContentBusyException e) {
            throw e;
        } catch (BundleException e) {
            record("rollback", Source.PUSH, version, e);
            throw e;
        } catch (IOException e) {
            recordFailure("rollback", Source.PUSH, e.getMessage());
            throw e;
        } finally {
            end();
        }
    }

    @Override
    public Optional<Pin> pin() throws IOException {
        return VersionPin.read(storeRoot).map(StoreContentAdmin::toPin);
    }

    @Override
    public Optional<Pin> unpin() throws IOException {
        begin(Source.PUSH);
        try (ContentStore store = open()) {
            return store.unpin().map(StoreContentAdmin::toPin);
        } finally {
            end();
        }
    }

    /**
     * Opens the store once and closes it, so what a crash left (staging folders, orphan objects) is cleared at the
     * kiosk's start rather than at the next update, which may be weeks away. A store that cannot be opened now is
     * logged and left for the next change.
     */
    public void tidyAtStart() {
        if (!Files.isDirectory(storeRoot)) {
            return;
        }
        try (ContentStore store = open()) {
            LOG.debug("Content store {} checked at start", store.root());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Content store not checked at start: {}", e.getMessage());
        }
    }

    /** The store, or {@link ContentBusyException} when another process holds it: busy is not a fault. */
    private ContentStore open() throws IOException {
        try {
            return opener.open();
        } catch (StoreLockedException e) {
            throw ContentBusyException.heldByAnotherProcess(e);
        }
    }

    private static Pin toPin(VersionPin p) {
        return new Pin(
                p.version(),
                p.rolledBackFrom(),
                p.since() == null ? null : p.since().toString());
    }

    @Override
    public boolean busy() {
        return applying.isLocked();
    }

    /** Takes the apply lock or refuses at once: a second source must not wait behind a slow apply. */
    private void begin(Source source) throws ContentBusyException {
        if (!applying.tryLock()) {
            throw new ContentBusyException(holder);
        }
        holder = source;
    }

    private void end() {
        holder = null;
        applying.unlock();
    }

    @Override
    public List<Version> versions() throws IOException {
        try (ContentStore store = open()) {
            Optional<InstalledVersion> current = store.current();
            List<Version> out = new ArrayList<>();
            for (InstalledVersion v : store.versions()) {
                out.add(toVersion(
                        v, current.map(c -> c.version() == v.version()).orElse(false)));
            }
            return out;
        }
    }

    /** The active version as last read, and the completion marker of the folder it was read from. */
    private record Described(Path folder, String marker, Version version) {}

    private volatile Described described;

    /**
     * The active version, as its manifest says. The manifest is parsed and hashed again only when the active folder
     * or its completion marker (which names the manifest's SHA-256) changed: the agent's status asks on every
     * request, and a manifest lists every file of the version (issue 17, item 6).
     */
    @Override
    public Optional<Version> current() throws IOException {
        Optional<Path> folder = ContentStore.activeFolder(storeRoot);
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        String marker = Files.readString(folder.get().resolve(".complete"), StandardCharsets.US_ASCII);
        Described known = described;
        if (known != null
                && known.folder().equals(folder.get())
                && known.marker().equals(marker)) {
            return Optional.of(known.version());
        }
        try {
            byte[] bytes = Files.readAllBytes(folder.get().resolve(".bundle").resolve("manifest.json"));
            BundleManifest m = ManifestJson.read(bytes, BundleLimits.DEFAULT);
            String sha = Hashes.sha256Hex(bytes);
            Version version = new Version(m.version(), m.label(), m.channel(), sha, true);
            if (marker.contains("manifest " + sha)) {
                described = new Described(folder.get(), marker, version);
            }
            return Optional.of(version);
        } catch (BundleException e) {
            throw new IOException("the active version's manifest is unreadable: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<UpdateResult> lastResult() {
        return Optional.ofNullable(last.get());
    }

    private void record(String action, Source source, Long version, BundleException failure) {
        last.set(new UpdateResult(
                clock.instant().toString(),
                action,
                source.label(),
                failure == null,
                version,
                failure == null ? null : failure.reason().name(),
                failure == null ? null : failure.getMessage()));
    }

    private void recordFailure(String action, Source source, String message) {
        last.set(
                new UpdateResult(clock.instant().toString(), action, source.label(), false, null, "IO_ERROR", message));
    }

    private static Version toVersion(InstalledVersion v, boolean active) {
        return new Version(v.version(), v.label(), v.channel(), v.manifestSha256(), active);
    }
}
