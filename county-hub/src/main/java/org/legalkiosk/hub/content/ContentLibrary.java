package org.legalkiosk.hub.content;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import org.legalkiosk.content.bundle.BundleArchive;
import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.BundleManifest;
import org.legalkiosk.content.bundle.BundleVerifier;
import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.content.bundle.VerifiedBundle;
import org.legalkiosk.content.channel.ChannelManifest;
import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.db.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundles the county uploaded, and the pull channel the hub publishes from them. A bundle is taken only after
 * the kiosk's own checks ({@link BundleVerifier#verifyFile}: layout, limits, signature against the county's trusted
 * keys, manifest, every object's hash); then its objects, its signed manifest and a channel document for its version
 * are written into the channel folder, and the file itself is kept:
 * <pre>
 * ROOT/incoming/             uploads being received (streamed to disk; deleted once taken or refused)
 * ROOT/bundles/&lt;N&gt;.lkb         every version as uploaded
 * ROOT/channel/objects/&lt;sha256&gt;                         what {@code /pull/v1/} serves, the layout of
 * ROOT/channel/versions/&lt;N&gt;/manifest.json|manifest.sig   {@code legalkiosk channel publish}
 * ROOT/channel/versions/&lt;N&gt;/channel.json|channel.json.sig
 * </pre>
 * Objects and the manifest are written before the channel document, so a terminal never follows a document to
 * files that are not there yet. Uploads are taken one at a time (a county uploads a few bundles a month).
 */
public final class ContentLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(ContentLibrary.class);
    /** The largest bundle the content format allows (512 MiB of files) plus headers and a manifest. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 520L << 20;

    private final DataSource db;
    private final Path root;
    private final Path trustedKeys;
    private final ChannelKey channelKey;
    private final Clock clock;
    private final long maxUploadBytes;

    /**
     * @param trustedKeys the county's public keys: a {@code .pub} file or a folder of them, read at each upload so a
     *                    key added there counts at once
     */
    public ContentLibrary(
            DataSource db, Path root, Path trustedKeys, ChannelKey channelKey, Clock clock, long maxUploadBytes)
            throws IOException {
        this.db = db;
        this.root = root;
        this.trustedKeys = trustedKeys;
        this.channelKey = channelKey;
        this.clock = clock;
        this.maxUploadBytes = maxUploadBytes;
        Files.createDirectories(incoming());
        Files.createDirectories(root.resolve("bundles"));
        Files.createDirectories(channelRoot().resolve("objects"));
        Files.createDirectories(channelRoot().resolve("versions"));
        // An upload cut off by a stop leaves its partial file here; nothing in this folder outlives a restart.
        try (var left = Files.list(incoming())) {
            for (Path p : left.toList()) {
                Files.deleteIfExists(p);
            }
        }
        resignChannelDocuments();
    }

    /**
     * Signs every version's channel document again with today's channel key, so replacing the key (delete the file,
     * restart) leaves no document that terminals, told the new key in their next heartbeat, could not check.
     */
    private void resignChannelDocuments() throws IOException {
        try (var versions = Files.list(channelRoot().resolve("versions"))) {
            for (Path folder : versions.toList()) {
                Path document = folder.resolve("channel.json");
                if (Files.isRegularFile(document)) {
                    write(folder.resolve("channel.json.sig"), channelKey.sign(Files.readAllBytes(document)));
                }
            }
        }
    }

    /** Where uploads are streamed to while they arrive. */
    public Path incoming() {
        return root.resolve("incoming");
    }

    /** The folder {@code /pull/v1/} serves. */
    public Path channelRoot() {
        return root.resolve("channel");
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    public ChannelKey channelKey() {
        return channelKey;
    }

    /** The key ids the county trusts now (empty when no key is installed). */
    public List<String> trustedKeyIds() {
        try {
            return List.copyOf(keys().keyIds());
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Verifies an uploaded file and publishes its version. The file is moved into the library when taken and
     * deleted when refused: either way the caller's copy is gone.
     */
    public synchronized BundleRow accept(String actor, Path uploaded) throws UploadRefused, IOException {
        try {
            return take(actor, uploaded);
        } finally {
            Files.deleteIfExists(uploaded);
        }
    }

    private BundleRow take(String actor, Path uploaded) throws UploadRefused, IOException {
        long size = Files.size(uploaded);
        if (size > maxUploadBytes) {
            throw RefusalMessages.tooLarge(maxUploadBytes, null);
        }
        if (size == 0) {
            throw new UploadRefused(400, "文件是空的：请重新选择内容包文件。", "The file is empty");
        }
        TrustedKeys trusted;
        try {
            trusted = keys();
        } catch (IOException e) {
            LOG.error("The county's trusted keys in {} cannot be read: {}", trustedKeys, e.getMessage());
            throw new UploadRefused(
                    503,
                    "平台上的可信公钥文件无法读取，请联系系统管理员检查 " + trustedKeys + "。",
                    "The trusted keys in " + trustedKeys + " cannot be read: " + e.getMessage());
        }
        if (trusted.isEmpty()) {
            throw new UploadRefused(
                    400,
                    "平台还没有安装本县的可信公钥，无法核验内容包。请把公钥文件（.pub）放进 " + trustedKeys + " 后再上传。",
                    "No trusted keys are installed in " + trustedKeys);
        }
        try {
            // The kiosk's full check first: nothing is published from a bundle that would be refused anywhere.
            BundleManifest manifest = BundleVerifier.verifyFile(uploaded, trusted, BundleLimits.DEFAULT);
            Optional<BundleRow> existing = find(manifest.version());
            if (existing.isPresent()) {
                throw new UploadRefused(
                        409,
                        "版本 " + manifest.version() + " 已经上传过（" + existing.get().label() + "）。每次发布的内容包版本号都要比以前的大。",
                        "Version " + manifest.version() + " is already on the hub");
            }
            try (BundleArchive archive = BundleArchive.open(uploaded, BundleLimits.DEFAULT)) {
                VerifiedBundle verified = BundleVerifier.verify(archive, trusted, BundleLimits.DEFAULT);
                publishObjects(archive, manifest);
                publishVersion(verified);
                Path kept = root.resolve("bundles").resolve(manifest.version() + ".lkb");
                Files.move(uploaded, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                BundleRow row = new BundleRow(
                        manifest.version(),
                        manifest.channel(),
                        manifest.label(),
                        manifest.bundleId(),
                        verified.keyId(),
                        verified.manifestSha256(),
                        manifest.base().map(b -> b.version()).orElse(null),
                        manifest.files().size(),
                        manifest.totalSize(),
                        size,
                        manifest.minAppVersion(),
                        manifest.created(),
                        actor,
                        clock.instant());
                record(row);
                LOG.info(
                        "Content version {} ({}) uploaded by {} and published: {} files, key {}",
                        row.version(),
                        row.label(),
                        actor,
                        row.files(),
                        row.keyId());
                return row;
            }
        } catch (BundleException e) {
            LOG.warn("Bundle upload by {} refused: {}", actor, e.getMessage());
            throw RefusalMessages.of(e, maxUploadBytes);
        }
    }

    private void publishObjects(BundleArchive archive, BundleManifest manifest) throws IOException, BundleException {
        Path objects = channelRoot().resolve("objects");
        for (String hash : manifest.objectHashes()) {
            Path target = objects.resolve(hash);
            if (Files.isRegularFile(target)) {
                continue; // named by its hash, written only after the hash was checked: the same bytes
            }
            if (!archive.hasObject(hash)) {
                throw new BundleException(
                        BundleException.Reason.MISSING_OBJECT,
                        "the delta lacks object " + hash + ", which no version on the hub has");
            }
            Path temp = objects.resolve("." + hash + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                archive.copyObject(hash, out);
            } catch (IOException | BundleException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private void publishVersion(VerifiedBundle verified) throws IOException {
        BundleManifest m = verified.manifest();
        Path folder = Files.createDirectories(channelRoot().resolve("versions").resolve(Long.toString(m.version())));
        write(folder.resolve("manifest.json"), verified.manifestBytes());
        write(folder.resolve("manifest.sig"), verified.signatureBytes());
        byte[] document = ChannelManifest.inVersionFolder(
                        m.channel(), m.version(), m.label(), clock.instant(), verified.manifestSha256())
                .toBytes();
        write(folder.resolve("channel.json.sig"), channelKey.sign(document));
        write(folder.resolve("channel.json"), document);
    }

    private void record(BundleRow row) {
        Transactions.inTransaction(db, "record an uploaded bundle", c -> {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO content_bundles (version, channel, label, bundle_id, key_id, manifest_sha256,
                        base_version, files, content_bytes, bundle_bytes, min_app_version, created_at, uploaded_by,
                        uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setLong(1, row.version());
                insert.setString(2, row.channel());
                insert.setString(3, row.label());
                insert.setString(4, row.bundleId());
                insert.setString(5, row.keyId());
                insert.setString(6, row.manifestSha256());
                if (row.baseVersion() == null) {
                    insert.setNull(7, Types.BIGINT);
                } else {
                    insert.setLong(7, row.baseVersion());
                }
                insert.setInt(8, row.files());
                insert.setLong(9, row.contentBytes());
                insert.setLong(10, row.bundleBytes());
                insert.setString(11, row.minAppVersion());
                insert.setTimestamp(12, Timestamp.from(row.created()));
                insert.setString(13, row.uploadedBy());
                insert.setTimestamp(14, Timestamp.from(row.uploadedAt()));
                insert.executeUpdate();
            }
            AuditLog.record(
                    c,
                    row.uploadedBy(),
                    "content.upload",
                    "v" + row.version(),
                    row.label() + ", "
                            + row.files() + " files, key " + row.keyId()
                            + (row.baseVersion() == null ? "" : ", delta on v" + row.baseVersion()));
            return null;
        });
    }

    /**
     * Deletes a version nobody needs any more ({@link VersionUse}): its row, its kept upload, its channel documents
     * and every object no remaining version's manifest names. The row goes first, in a transaction with the check
     * and the audit entry, so a rollout can no longer name it; then the files. Synchronized with {@link #accept}, so an
     * upload publishing objects is never swept up half-way.
     *
     * @return the bytes of objects freed
     * @throws IllegalArgumentException when the version is not on the hub or still in use, saying why (Chinese
     *                                  and English)
     */
    public synchronized long delete(String actor, long version) throws IOException {
        BundleRow row = find(version)
                .orElseThrow(() -> new IllegalArgumentException(
                        "平台上没有版本 " + version + " / version " + version + " is not on the hub"));
        Transactions.inTransaction(db, "delete a content version", c -> {
            try (PreparedStatement lock =
                    c.prepareStatement("SELECT 1 FROM content_bundles WHERE version = ? FOR UPDATE")) {
                lock.setLong(1, version);
                lock.executeQuery().close();
            }
            List<String> reasons = VersionUse.reasons(c, version);
            if (!reasons.isEmpty()) {
                throw new IllegalArgumentException("版本 " + version + " 仍在使用，不能删除 / version " + version
                        + " is in use and cannot be deleted: " + String.join("; ", reasons));
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM content_bundles WHERE version = ?")) {
                delete.setLong(1, version);
                delete.executeUpdate();
            }
            AuditLog.record(c, actor, "content.delete", "v" + version, row.label() + ", " + row.files() + " files");
            return null;
        });
        Files.deleteIfExists(root.resolve("bundles").resolve(version + ".lkb"));
        Path folder = channelRoot().resolve("versions").resolve(Long.toString(version));
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(folder);
        }
        long freed = sweepObjects();
        LOG.info(
                "Content version {} ({}) deleted by {}; {} bytes of objects freed", version, row.label(), actor, freed);
        return freed;
    }

    /** Deletes objects that no remaining version's manifest names; answers their bytes. */
    private long sweepObjects() throws IOException {
        java.util.Set<String> kept = new java.util.HashSet<>();
        try (var versions = Files.list(channelRoot().resolve("versions"))) {
            for (Path v : versions.toList()) {
                try {
                    kept.addAll(org.legalkiosk.content.bundle.BaseManifest.read(v.resolve("manifest.json"))
                            .manifest()
                            .objectHashes());
                } catch (BundleException e) {
                    // A manifest the hub wrote but cannot read: keep everything rather than guess.
                    LOG.error("Cannot read {}: {}; no objects deleted", v, e.getMessage());
                    return 0;
                }
            }
        }
        long freed = 0;
        try (var objects = Files.list(channelRoot().resolve("objects"))) {
            for (Path o : objects.toList()) {
                Path file = o.getFileName(); // never null for a listed entry; checked for SpotBugs
                String name = file == null ? "" : file.toString();
                if (!name.isEmpty() && !name.startsWith(".") && !kept.contains(name)) {
                    freed += Files.size(o);
                    Files.delete(o);
                }
            }
        }
        return freed;
    }

    /** Every version on the hub, newest first. */
    public List<BundleRow> list() {
        return query(BUNDLE_COLUMNS + " ORDER BY version DESC", null);
    }

    public Optional<BundleRow> find(long version) {
        return query(BUNDLE_COLUMNS + " WHERE version = ?", version).stream().findFirst();
    }

    private static final String BUNDLE_COLUMNS = """
            SELECT version, channel, label, bundle_id, key_id, manifest_sha256, base_version, files,
                   content_bytes, bundle_bytes, min_app_version, created_at, uploaded_by, uploaded_at
            FROM content_bundles""";

    /** Runs one of the constant queries above; {@code version} binds its only parameter when it has one. */
    private List<BundleRow> query(String sql, Long version) {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement(sql)) {
            if (version != null) {
                q.setLong(1, version);
            }
            List<BundleRow> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long base = rs.getLong(7);
                    Long baseVersion = rs.wasNull() ? null : base;
                    rows.add(new BundleRow(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            baseVersion,
                            rs.getInt(8),
                            rs.getLong(9),
                            rs.getLong(10),
                            rs.getString(11),
                            rs.getTimestamp(12).toInstant(),
                            rs.getString(13),
                            rs.getTimestamp(14).toInstant()));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the content bundles", e);
        }
    }

    private TrustedKeys keys() throws IOException {
        if (!Files.exists(trustedKeys)) {
            return TrustedKeys.of(List.of());
        }
        return TrustedKeys.read(trustedKeys);
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(temp, bytes);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
