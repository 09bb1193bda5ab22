package org.legalkiosk.kiosk.agent.pull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

import org.legalkiosk.content.bundle.BundleArchive;
import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.BundleManifest;
import org.legalkiosk.content.bundle.BundleVerifier;
import org.legalkiosk.content.bundle.Hashes;
import org.legalkiosk.content.bundle.ManifestSignature;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.content.bundle.VerifiedBundle;
import org.legalkiosk.content.channel.ChannelManifest;

/**
 * Lays out a channel folder for any static file server from a signed bundle:
 * <pre>
 * OUT/objects/&lt;sha256&gt;                  every object, shared by all versions
 * OUT/versions/&lt;N&gt;/manifest.json|.sig    the version's signed manifest, unchanged
 * OUT/channel.json, channel.json.sig      the newest version, signed with the same key scheme
 * </pre>
 * Objects and the version come first and the channel files last, so a kiosk polling during an upload never follows
 * a channel to objects that are not there yet.
 */
public final class ChannelPublisher {

    public static final String CHANNEL_FILE = "channel.json";
    public static final String SIGNATURE_FILE = "channel.json.sig";

    public record Published(ChannelManifest channel, int objectsAdded, int objectsKept) {}

    private ChannelPublisher() {}

    public static Published publish(Path bundle, SigningKeys.SigningKey key, Path out, Instant now)
            throws IOException, BundleException {
        Path objects = Files.createDirectories(out.resolve("objects"));
        try (BundleArchive archive = BundleArchive.open(bundle, BundleLimits.DEFAULT)) {
            VerifiedBundle verified =
                    BundleVerifier.verify(archive, TrustedKeys.of(key.publicKey()), BundleLimits.DEFAULT);
            BundleManifest m = verified.manifest();
            int added = 0;
            int kept = 0;
            for (String hash : m.objectHashes()) {
                Path target = objects.resolve(hash);
                if (Files.isRegularFile(target) && sameHash(Hashes.sha256Hex(target), hash)) {
                    kept++;
                    continue;
                }
                if (!archive.hasObject(hash)) {
                    throw new BundleException(
                            BundleException.Reason.MISSING_OBJECT,
                            "the bundle is a delta and " + out + " lacks object " + hash
                                    + "; publish the full bundle of a version first");
                }
                Path temp = objects.resolve("." + hash + ".tmp");
                try (OutputStream o = Files.newOutputStream(temp)) {
                    archive.copyObject(hash, o);
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                added++;
            }
            Path version = Files.createDirectories(out.resolve("versions").resolve(Long.toString(m.version())));
            write(version.resolve("manifest.json"), verified.manifestBytes());
            write(version.resolve("manifest.sig"), verified.signatureBytes());
            ChannelManifest channel = new ChannelManifest(
                    ChannelManifest.FORMAT,
                    m.channel(),
                    m.version(),
                    m.label(),
                    now,
                    "versions/" + m.version() + "/manifest.json",
                    verified.manifestSha256(),
                    "versions/" + m.version() + "/manifest.sig",
                    "objects/");
            byte[] channelBytes = channel.toBytes();
            write(
                    out.resolve(SIGNATURE_FILE),
                    ManifestSignature.sign(channelBytes, key).toBytes());
            write(out.resolve(CHANNEL_FILE), channelBytes);
            return new Published(channel, added, kept);
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(temp, bytes);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A constant-time comparison, though these hashes are no secret (they name public objects): it keeps the one way
     * of comparing hashes in the code base, so the pattern is never copied to where a hash is a secret.
     */
    private static boolean sameHash(String a, String b) {
        return java.security.MessageDigest.isEqual(
                a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
