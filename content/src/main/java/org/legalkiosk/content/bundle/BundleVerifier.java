package org.legalkiosk.content.bundle;

import static org.legalkiosk.content.bundle.BundleException.Reason.CORRUPT_ARCHIVE;
import static org.legalkiosk.content.bundle.BundleException.Reason.HASH_MISMATCH;
import static org.legalkiosk.content.bundle.BundleException.Reason.MISSING_OBJECT;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Decides whether an opened archive can be believed: the signature over the exact manifest bytes first (nothing
 * of the manifest is parsed before that), then the manifest itself, then the objects the archive carries.
 */
public final class BundleVerifier {

    private BundleVerifier() {}

    public static VerifiedBundle verify(BundleArchive archive, TrustedKeys keys, BundleLimits limits)
            throws BundleException {
        byte[] manifestBytes = archive.manifestBytes();
        byte[] signatureBytes = archive.signatureBytes();
        String keyId = keys.verify(manifestBytes, signatureBytes);
        BundleManifest manifest = ManifestJson.read(manifestBytes, limits);
        Map<String, Long> sizes = new HashMap<>();
        for (ManifestEntry f : manifest.files()) {
            Long previous = sizes.put(f.sha256(), f.size());
            if (previous != null && previous != f.size()) {
                throw new BundleException(HASH_MISMATCH, "manifest gives object " + f.sha256() + " two sizes");
            }
        }
        for (String hash : archive.objectHashes()) {
            Long size = sizes.get(hash);
            if (size == null) {
                throw new BundleException(CORRUPT_ARCHIVE, "object " + hash + " is not listed in the manifest");
            }
            if (size != archive.objectSize(hash)) {
                throw new BundleException(
                        HASH_MISMATCH,
                        "object " + hash + " is " + archive.objectSize(hash) + " bytes but the manifest says " + size);
            }
        }
        if (!manifest.isDelta()) {
            for (ManifestEntry f : manifest.files()) {
                if (!archive.hasObject(f.sha256())) {
                    throw new BundleException(MISSING_OBJECT, "full bundle lacks the object of " + f.path());
                }
            }
        }
        return new VerifiedBundle(
                archive, manifest, manifestBytes, signatureBytes, Hashes.sha256Hex(manifestBytes), keyId);
    }

    /** Opens and verifies, then reads every object the file carries (checking each hash): the full check of a file. */
    public static BundleManifest verifyFile(java.nio.file.Path file, TrustedKeys keys, BundleLimits limits)
            throws IOException, BundleException {
        try (BundleArchive archive = BundleArchive.open(file, limits)) {
            VerifiedBundle bundle = verify(archive, keys, limits);
            for (String hash : archive.objectHashes()) {
                archive.copyObject(hash, OutputStream.nullOutputStream());
            }
            return bundle.manifest();
        }
    }
}
