package org.legalkiosk.content.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The version a delta is built against, read from its bundle file or its {@code manifest.json}. Its signature is
 * not checked here: the base only decides which objects a delta may leave out, and a kiosk verifies everything.
 */
public record BaseManifest(BundleManifest manifest, String manifestSha256) {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    public static BaseManifest read(Path bundleOrManifest) throws IOException, BundleException {
        byte[] bytes = isZip(bundleOrManifest) ? manifestOfBundle(bundleOrManifest) : readManifest(bundleOrManifest);
        return new BaseManifest(ManifestJson.read(bytes, BundleLimits.DEFAULT), Hashes.sha256Hex(bytes));
    }

    public static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(4), ZIP_MAGIC);
        }
    }

    private static byte[] manifestOfBundle(Path file) throws IOException, BundleException {
        try (BundleArchive archive = BundleArchive.open(file, BundleLimits.DEFAULT)) {
            return archive.manifestBytes();
        }
    }

    private static byte[] readManifest(Path file) throws IOException, BundleException {
        if (Files.size(file) > BundleLimits.DEFAULT.maxManifestBytes()) {
            throw new BundleException(BundleException.Reason.TOO_LARGE, file + " is too large to be a manifest");
        }
        return Files.readAllBytes(file);
    }
}
