package org.legalkiosk.content.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle put back together from loose object files, as a kiosk does after pulling a version's objects. */
class BundleAssemblerTest {

    private static final SigningKeys.SigningKey KEY = SigningKeys.generate();

    @TempDir
    Path dir;

    private byte[] manifest;
    private byte[] signature;
    private final TreeMap<String, Path> objects = new TreeMap<>();

    /** Takes a built bundle apart into the signed manifest and one file per object. */
    private void unpack(Path bundle) throws Exception {
        Path loose = Files.createDirectories(dir.resolve("objects"));
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            manifest = zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes();
            signature = zip.getInputStream(zip.getEntry("manifest.sig")).readAllBytes();
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (e.getName().startsWith("objects/")) {
                    String hash = e.getName().substring("objects/".length());
                    Path file = loose.resolve(hash);
                    Files.write(file, zip.getInputStream(e).readAllBytes());
                    objects.put(hash, file);
                }
            }
        }
    }

    @Test
    void anAssembledBundleVerifiesWithTheSignedManifestUnchanged() throws Exception {
        Path built = TestBundles.build(TestBundles.writeSmallContent(dir.resolve("c"), ""), KEY, 4, dir.resolve("b"))
                .file();
        unpack(built);
        Path out = dir.resolve("assembled.lkb");

        BundleAssembler.assemble(out, manifest, signature, objects);

        BundleManifest m = BundleVerifier.verifyFile(out, TrustedKeys.of(KEY.publicKey()), BundleLimits.DEFAULT);
        assertEquals(4, m.version());
        try (BundleArchive archive = BundleArchive.open(out, BundleLimits.DEFAULT)) {
            assertArrayEquals(manifest, archive.manifestBytes());
        }
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertEquals(objects.size() + 2, zip.size(), "an ordinary zip: manifest, signature, every object");
        }
    }

    @Test
    void anObjectFileWithOtherBytesMakesABundleThatIsRefused() throws Exception {
        Path built = TestBundles.build(TestBundles.writeSmallContent(dir.resolve("c"), ""), KEY, 1, dir.resolve("b"))
                .file();
        unpack(built);
        Files.writeString(objects.firstEntry().getValue(), "not what the manifest says");
        Path out = dir.resolve("assembled.lkb");

        BundleAssembler.assemble(out, manifest, signature, objects);

        BundleException e = assertThrows(
                BundleException.class,
                () -> BundleVerifier.verifyFile(out, TrustedKeys.of(KEY.publicKey()), BundleLimits.DEFAULT));
        assertEquals(BundleException.Reason.HASH_MISMATCH, e.reason(), e.getMessage());
    }

    @Test
    void aMissingObjectFileIsAnIoErrorNotABundle() throws Exception {
        Path built = TestBundles.build(TestBundles.writeSmallContent(dir.resolve("c"), ""), KEY, 1, dir.resolve("b"))
                .file();
        unpack(built);
        objects.put(objects.firstKey(), dir.resolve("gone"));

        assertThrows(
                java.nio.file.NoSuchFileException.class,
                () -> BundleAssembler.assemble(dir.resolve("assembled.lkb"), manifest, signature, objects));
    }
}
