package org.legalkiosk.content.store;

import static org.legalkiosk.content.bundle.BundleException.Reason.APP_TOO_OLD;
import static org.legalkiosk.content.bundle.BundleException.Reason.INDEX_FAILED;
import static org.legalkiosk.content.bundle.BundleException.Reason.INVALID_CONTENT;
import static org.legalkiosk.content.bundle.BundleException.Reason.MISSING_OBJECT;
import static org.legalkiosk.content.bundle.BundleException.Reason.NOT_NEWER;
import static org.legalkiosk.content.bundle.BundleException.Reason.PINNED;
import static org.legalkiosk.content.bundle.BundleException.Reason.UNKNOWN_VERSION;
import static org.legalkiosk.content.bundle.BundleException.Reason.UNSAFE_PATH;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import org.legalkiosk.content.bundle.AppVersions;
import org.legalkiosk.content.bundle.BundleArchive;
import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.BundleManifest;
import org.legalkiosk.content.bundle.BundleVerifier;
import org.legalkiosk.content.bundle.ManifestEntry;
import org.legalkiosk.content.bundle.VerifiedBundle;
import org.legalkiosk.content.forms.FormLoader;
import org.legalkiosk.content.selfcheck.SelfCheckLoader;
import org.legalkiosk.content.source.ContentLoader;
import org.legalkiosk.content.source.ContentProblem;
import org.legalkiosk.content.source.ContentValidationException;
import org.legalkiosk.content.source.PathParts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content versions on a kiosk (see docs/content-bundle.md):
 * <pre>
 * ROOT/objects/&lt;sha256&gt;     every file of the kept versions, by hash
 * ROOT/versions/&lt;N&gt;/        one complete content folder per kept version (+ .bundle/, .complete)
 * ROOT/current              the active version's number, switched atomically
 * </pre>
 * A bundle becomes active only after it was verified, unpacked, validated, indexed and synced to disk; any failure
 * before that leaves the active version as it was. Opening the store recovers from an interrupted apply.
 * One process at a time: the store holds a lock file while open.
 */
public final class ContentStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContentStore.class);

    private final Path root;
    private final StoreOptions options;
    private final ObjectStore objects;
    private final VersionFolders versions;
    private final CurrentPointer pointer;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private ContentStore(Path root, StoreOptions options, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.options = options;
        this.objects = new ObjectStore(root.resolve("objects"));
        this.versions = new VersionFolders(root.resolve("versions"));
        this.pointer = new CurrentPointer(root.resolve("current"));
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens (creating if needed) the store under {@code root} and recovers from any interrupted operation.
     *
     * @throws StoreLockedException when another holder has it open
     */
    public static ContentStore open(Path root, StoreOptions options) throws IOException {
        Files.createDirectories(root.resolve("objects"));
        Files.createDirectories(root.resolve("versions"));
        FileChannel channel =
                FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new StoreLockedException(root);
        }
        ContentStore store = new ContentStore(root, options, channel, lock);
        try {
            store.recover();
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * The active version's folder for a reader that does not hold the store (e.g. the screen's content service):
     * the pointer, if it names a complete version.
     */
    public static Optional<Path> activeFolder(Path root) throws IOException {
        OptionalLong current = new CurrentPointer(root.resolve("current")).read();
        VersionFolders folders = new VersionFolders(root.resolve("versions"));
        return current.isPresent() && folders.isComplete(current.getAsLong())
                ? Optional.of(folders.folder(current.getAsLong()))
                : Optional.empty();
    }

    public Path root() {
        return root;
    }

    public synchronized Optional<InstalledVersion> current() throws IOException {
        OptionalLong v = pointer.read();
        return v.isPresent() ? versions.describe(v.getAsLong()) : Optional.empty();
    }

    /** Complete versions kept on disk, oldest first. */
    public synchronized List<InstalledVersion> versions() throws IOException {
        List<InstalledVersion> list = new ArrayList<>();
        for (long v : versions.complete()) {
            versions.describe(v).ifPresent(list::add);
        }
        return list;
    }

    /**
     * Verifies and installs a bundle, then makes it the active version. Throws with a specific reason, leaving the
     * active version untouched, when anything is wrong with the bundle; an {@link IOException} (e.g. a full disk)
     * leaves it untouched as well.
     */
    public synchronized InstalledVersion apply(Path bundleFile) throws IOException, BundleException {
        try (BundleArchive archive = BundleArchive.open(bundleFile, options.limits())) {
            VerifiedBundle bundle = BundleVerifier.verify(archive, options.trustedKeys(), options.limits());
            BundleManifest manifest = bundle.manifest();
            checkApplicable(manifest);
            checkObjectsAvailable(bundle);
            List<String> added = new ArrayList<>();
            boolean active = false;
            try {
                List<ObjectStore.Staged> staged = new ArrayList<>();
                try {
                    for (String hash : archive.objectHashes()) {
                        objects.stageFrom(archive, hash).ifPresent(staged::add);
                    }
                    staged.forEach(s -> added.add(s.sha256()));
                    objects.publish(staged);
                } finally {
                    objects.discard(staged);
                }
                Path folder = versions.staging(manifest.version());
                try {
                    Set<Path> durable = materialise(bundle, folder, Set.copyOf(added));
                    validate(folder, manifest.version());
                    index(folder, manifest.version());
                    VersionFolders.seal(folder, manifest.version(), bundle.manifestSha256(), durable);
                    versions.remove(manifest.version());
                    Durable.moveAtomically(folder, versions.folder(manifest.version()));
                } finally {
                    Durable.deleteTree(folder);
                }
                pointer.switchTo(manifest.version());
                active = true;
            } finally {
                if (!active) {
                    // A refused bundle leaves nothing behind: the objects it brought go with it (and a crash here
                    // leaves orphans that the next opening collects, see recover()).
                    removeObjects(added);
                }
            }
            // Newer than the version rolled back from: the admin's reason for the pin is past.
            VersionPin.clear(root);
            LOG.info(
                    "Content version {} ({}) is active: {} files, {} objects received, signed by key {}",
                    manifest.version(),
                    manifest.label(),
                    manifest.files().size(),
                    archive.objectHashes().size(),
                    bundle.keyId());
            tidyAfterChange();
            return VersionFolders.installed(manifest, bundle.manifestSha256(), versions.folder(manifest.version()));
        }
    }

    /**
     * An administrator's rollback to a kept version (older or newer than the active one). The version is verified
     * again, with today's trusted keys, before it becomes active.
     */
    public synchronized InstalledVersion rollback(long version) throws IOException, BundleException {
        if (!versions.isComplete(version)) {
            throw new BundleException(
                    UNKNOWN_VERSION,
                    "version " + version + " is not kept on this kiosk (kept: "
                            + versions.complete().stream().map(String::valueOf).collect(Collectors.joining(", "))
                            + ")");
        }
        InstalledVersion installed = versions.verify(version, options.trustedKeys(), options.limits());
        OptionalLong from = pointer.read();
        long highest = Math.max(
                from.orElse(version), pin().map(VersionPin::rolledBackFrom).orElse(version));
        // Pinned before the switch: a crash in between leaves a pin to an admin's choice, never an unpinned rollback.
        new VersionPin(version, highest, Instant.now()).write(root);
        pointer.switchTo(version);
        LOG.warn(
                "Content rolled back by an administrator: version {} ({}) is active and pinned until a version newer "
                        + "than {} arrives or the pin is lifted",
                version,
                installed.label(),
                highest);
        return installed;
    }

    /** The administrator's pin, if a rollback set one. */
    public Optional<VersionPin> pin() throws IOException {
        return VersionPin.read(root);
    }

    /** Lifts the pin: the next newer bundle from any source is taken again. Answers the pin that was lifted. */
    public synchronized Optional<VersionPin> unpin() throws IOException {
        Optional<VersionPin> pin = pin();
        VersionPin.clear(root);
        pin.ifPresent(p -> LOG.warn("Content pin on version {} lifted by an administrator", p.version()));
        return pin;
    }

    /**
     * Removes versions beyond the newest {@code keepVersions} (never the active one) and objects no kept version
     * uses.
     */
    public synchronized GcReport collectGarbage() throws IOException {
        OptionalLong current = pointer.read();
        List<Long> complete = new ArrayList<>(versions.complete());
        complete.sort((a, b) -> Long.compare(b, a));
        List<Long> keep = new ArrayList<>();
        current.ifPresent(keep::add);
        for (long v : complete) {
            if (keep.size() >= options.keepVersions()) {
                break;
            }
            if (!keep.contains(v)) {
                keep.add(v);
            }
        }
        List<Long> removed = new ArrayList<>();
        for (long v : complete) {
            if (!keep.contains(v)) {
                versions.remove(v);
                removed.add(v);
            }
        }
        Set<String> referenced = new HashSet<>();
        for (long v : keep) {
            try {
                versions.manifest(v).files().forEach(f -> referenced.add(f.sha256()));
            } catch (BundleException | IOException e) {
                LOG.warn(
                        "Kept version {} has an unreadable manifest; no objects are removed this time: {}",
                        v,
                        e.getMessage());
                return new GcReport(removed, 0, 0);
            }
        }
        int removedObjects = 0;
        long freed = 0;
        for (String hash : objects.list()) {
            if (!referenced.contains(hash)) {
                freed += objects.delete(hash);
                removedObjects++;
            }
        }
        if (removedObjects > 0) {
            objects.sync();
        }
        if (!removed.isEmpty() || removedObjects > 0) {
            LOG.info("Removed versions {} and {} unused objects ({} bytes)", removed, removedObjects, freed);
        }
        return new GcReport(removed, removedObjects, freed);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            lockChannel.close();
        }
    }

    private void checkApplicable(BundleManifest manifest) throws IOException, BundleException {
        if (options.appVersion().isPresent()
                && !AppVersions.satisfies(options.appVersion().get(), manifest.minAppVersion())) {
            throw new BundleException(
                    APP_TOO_OLD,
                    "version " + manifest.version() + " needs kiosk application " + manifest.minAppVersion()
                            + " or newer; this one is " + options.appVersion().get());
        }
        Optional<VersionPin> pin = pin();
        if (pin.isPresent() && !pin.get().admits(manifest.version())) {
            throw new BundleException(
                    PINNED,
                    "an administrator rolled this kiosk back to version "
                            + pin.get().version()
                            + " and pinned it there; version " + manifest.version() + " is not newer than "
                            + pin.get().rolledBackFrom() + ", the one rolled back from (an admin can lift the pin)");
        }
        OptionalLong current = pointer.read();
        if (current.isPresent() && manifest.version() <= current.getAsLong()) {
            throw new BundleException(
                    NOT_NEWER,
                    "version " + manifest.version() + " is not newer than the active version " + current.getAsLong()
                            + "; an older version comes back only by an administrator's rollback to a kept version");
        }
    }

    private void checkObjectsAvailable(VerifiedBundle bundle) throws BundleException {
        List<ManifestEntry> missing = bundle.manifest().files().stream()
                .filter(f -> !bundle.archive().hasObject(f.sha256()) && !objects.has(f.sha256()))
                .toList();
        if (!missing.isEmpty()) {
            String base = bundle.manifest()
                    .base()
                    .map(b -> "delta built on version " + b.version() + " (manifest "
                            + b.manifestSha256().substring(0, 12) + ")")
                    .orElse("bundle");
            throw new BundleException(
                    MISSING_OBJECT,
                    base + " needs " + missing.size() + " file(s) this kiosk does not have, " + "e.g. "
                            + missing.get(0).path() + "; apply a full bundle or a delta built on an installed version");
        }
    }

    /**
     * Lays out the version's files from the objects (linked where the file system allows it) and its signed
     * manifest; answers the files whose bytes are durable already (links to synced objects), which sealing the
     * folder need not sync again.
     */
    private Set<Path> materialise(VerifiedBundle bundle, Path staged, Set<String> fresh)
            throws IOException, BundleException {
        Files.createDirectory(staged);
        Set<Path> durable = new HashSet<>();
        for (ManifestEntry f : bundle.manifest().files()) {
            Path target = staged.resolve(f.path()).normalize();
            if (!target.startsWith(staged) || target.equals(staged)) {
                throw new BundleException(UNSAFE_PATH, "path '" + f.path() + "' leaves the version folder");
            }
            Files.createDirectories(PathParts.parent(target));
            if (objects.placeAt(f.sha256(), f.size(), target, fresh.contains(f.sha256()))) {
                durable.add(target);
            }
        }
        VersionFolders.writeMeta(staged, bundle.manifestBytes(), bundle.signatureBytes());
        return durable;
    }

    private static void validate(Path staged, long version) throws BundleException {
        try {
            new ContentLoader().loadStrict(staged);
            List<ContentProblem> selfCheck = new java.util.ArrayList<>(SelfCheckLoader.problemsIn(staged));
            selfCheck.addAll(FormLoader.problemsIn(staged));
            if (!selfCheck.isEmpty()) {
                throw new ContentValidationException(selfCheck);
            }
        } catch (ContentValidationException e) {
            throw new BundleException(
                    INVALID_CONTENT, "version " + version + " fails the content checks: " + e.getMessage(), e);
        }
    }

    private void index(Path staged, long version) throws BundleException {
        try {
            options.indexer().index(staged);
        } catch (IOException | RuntimeException e) {
            throw new BundleException(INDEX_FAILED, "indexing version " + version + " failed: " + e.getMessage(), e);
        }
    }

    /** After a switch: old versions and objects go; a failure here is logged, the new version stays active. */
    private void tidyAfterChange() {
        try {
            collectGarbage();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not remove old content versions: {}", e.getMessage());
        }
    }

    /**
     * Removes leftovers of interrupted operations and makes sure the pointer names a complete, verified version:
     * the one it names if that holds up, else the newest one that does.
     */
    private void recover() throws IOException {
        versions.removeTemporaries();
        objects.removeTemporaries();
        removePointerTemporaries();
        for (Path broken : versions.incomplete()) {
            LOG.warn("Removing incomplete content version folder {} (an interrupted apply)", broken.getFileName());
            versions.removeFolder(broken);
        }
        removeOrphanObjects();
        OptionalLong named = pointer.read();
        List<Long> candidates = new ArrayList<>(versions.complete());
        candidates.sort((a, b) -> Long.compare(b, a));
        if (named.isPresent() && candidates.remove(named.getAsLong())) {
            candidates.add(0, named.getAsLong());
        }
        for (long v : candidates) {
            try {
                versions.verify(v, options.trustedKeys(), options.limits());
                if (named.isEmpty() || named.getAsLong() != v) {
                    LOG.warn(
                            "Content pointer named {}; version {} is the newest complete one and is now active",
                            named.isPresent() ? named.getAsLong() : "nothing",
                            v);
                    pointer.switchTo(v);
                }
                return;
            } catch (BundleException e) {
                if (e.reason() == BundleException.Reason.HASH_MISMATCH) {
                    LOG.error("Content version {} is damaged on disk and is removed: {}", v, e.getMessage());
                    versions.remove(v);
                } else {
                    // A key problem may be a configuration mistake: keep the files, just do not show them.
                    LOG.error("Content version {} is not shown: {}", v, e.getMessage());
                }
            }
        }
        if (named.isPresent() || Files.exists(root.resolve("current"))) {
            LOG.error("No complete, verified content version is left; no version is active");
            pointer.clear();
        }
    }

    private void removeObjects(List<String> hashes) {
        long freed = 0;
        for (String hash : hashes) {
            try {
                freed += objects.delete(hash);
            } catch (IOException e) {
                LOG.warn(
                        "Could not remove object {} of a refused bundle; the next opening collects it: {}",
                        hash,
                        e.getMessage());
            }
        }
        if (!hashes.isEmpty()) {
            LOG.info("Removed {} objects ({} bytes) a refused bundle had brought", hashes.size(), freed);
        }
    }

    /** Objects no complete version names: what an apply killed mid-way left. Skipped if a manifest is unreadable. */
    private void removeOrphanObjects() throws IOException {
        Set<String> referenced = new HashSet<>();
        for (long v : versions.complete()) {
            try {
                versions.manifest(v).files().forEach(f -> referenced.add(f.sha256()));
            } catch (BundleException e) {
                LOG.warn("Version {} has an unreadable manifest; no orphan objects are removed: {}", v, e.getMessage());
                return;
            }
        }
        List<String> orphans =
                objects.list().stream().filter(h -> !referenced.contains(h)).toList();
        if (!orphans.isEmpty()) {
            LOG.warn("Removing {} objects no version uses (left by an interrupted or refused apply)", orphans.size());
            removeObjects(orphans);
            objects.sync();
        }
    }

    private void removePointerTemporaries() throws IOException {
        try (var list = Files.list(root)) {
            for (Path p : list.filter(p -> PathParts.fileName(p).startsWith(Durable.TEMP_PREFIX))
                    .toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
