package org.legalkiosk.content.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.TestContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class BundleFormatTest {

    private static final Logger LOG = LoggerFactory.getLogger(BundleFormatTest.class);
    private static final SigningKeys.SigningKey KEY = SigningKeys.generate();

    @TempDir
    Path dir;

    private BundleManifest verify(Path bundle, TrustedKeys keys) throws Exception {
        return BundleVerifier.verifyFile(bundle, keys, BundleLimits.DEFAULT);
    }

    @Test
    void aFullBundleOfTheSampleContentVerifiesAndListsOnlyContentFiles() throws Exception {
        Path bundle = TestBundles.build(TestContent.bundledRoot(), KEY, 1, dir.resolve("v1.lkb"))
                .file();
        BundleManifest m = verify(bundle, TrustedKeys.of(KEY.publicKey()));
        assertEquals(1, m.version());
        assertFalse(m.isDelta());
        assertTrue(m.file("categories.yaml").isPresent());
        assertTrue(m.file("images/iou-sample.png")
                .map(f -> f.mediaType().equals("image/png"))
                .orElse(false));
        assertTrue(m.file(TestBundles.CHANGED_EXPLAINER)
                .map(f -> f.mediaType().startsWith("text/markdown"))
                .orElse(false));
        assertTrue(
                m.files().stream()
                        .noneMatch(f -> f.path().startsWith("src/")
                                || f.path().equals("pom.xml")
                                || f.path().equals("README.md")
                                || f.path().startsWith("target/")),
                m.files().toString());
        assertTrue(
                m.files().size() >= 70,
                "every explainer, image and catalogue: " + m.files().size());
    }

    @Test
    void aBundleIsAnOrdinaryZipThatStandardToolsRead() throws Exception {
        Path bundle = TestBundles.build(TestBundles.writeSmallContent(dir.resolve("c"), ""), KEY, 1, dir.resolve("b"))
                .file();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            List<String> names = Collections.list(zip.entries()).stream()
                    .map(java.util.zip.ZipEntry::getName)
                    .toList();
            assertEquals("manifest.json", names.get(0));
            assertEquals("manifest.sig", names.get(1));
            assertTrue(
                    names.subList(2, names.size()).stream().allMatch(n -> n.matches("objects/[0-9a-f]{64}")),
                    names.toString());
            byte[] manifest = zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes();
            try (BundleArchive archive = BundleArchive.open(bundle, BundleLimits.DEFAULT)) {
                assertArrayEquals(manifest, archive.manifestBytes());
            }
        }
    }

    @Test
    void theSignatureNamesItsKeyAndRotationAcceptsEitherTrustedKey() throws Exception {
        SigningKeys.SigningKey next = SigningKeys.generate();
        Path oldKeyBundle = TestBundles.build(
                        TestBundles.writeSmallContent(dir.resolve("c"), ""), KEY, 1, dir.resolve("a"))
                .file();
        Path newKeyBundle =
                TestBundles.build(dir.resolve("c"), next, 2, dir.resolve("b")).file();
        TrustedKeys both = TrustedKeys.of(KEY.publicKey(), next.publicKey());
        verify(oldKeyBundle, both);
        verify(newKeyBundle, both);
        try (BundleArchive archive = BundleArchive.open(newKeyBundle, BundleLimits.DEFAULT)) {
            assertEquals(
                    next.keyId(),
                    ManifestSignature.parse(archive.signatureBytes()).keyId());
        }
        assertEquals(16, next.keyId().length());
    }

    @Test
    void aBundleSignedByAnUnknownKeyIsRefusedNamingTheKey() throws Exception {
        SigningKeys.SigningKey stranger = SigningKeys.generate();
        Path bundle = TestBundles.build(
                        TestBundles.writeSmallContent(dir.resolve("c"), ""), stranger, 1, dir.resolve("b"))
                .file();
        BundleException e = assertThrows(BundleException.class, () -> verify(bundle, TrustedKeys.of(KEY.publicKey())));
        assertEquals(BundleException.Reason.UNKNOWN_KEY, e.reason());
        assertTrue(e.getMessage().contains(stranger.keyId()) && e.getMessage().contains(KEY.keyId()), e.getMessage());
    }

    @Test
    void theSignatureCoversTheExactManifestBytesNotTheirMeaning() throws Exception {
        Path content = TestBundles.writeSmallContent(dir.resolve("c"), "");
        Path bundle = TestBundles.build(content, KEY, 1, dir.resolve("b")).file();
        byte[] manifest;
        byte[] signature;
        try (BundleArchive archive = BundleArchive.open(bundle, BundleLimits.DEFAULT)) {
            manifest = archive.manifestBytes();
            signature = archive.signatureBytes();
        }
        // The same JSON value with one more space: a re-serialisation would verify, the exact bytes do not.
        byte[] reformatted = new String(manifest, StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{ ")
                .getBytes(StandardCharsets.UTF_8);
        Path forged = dir.resolve("forged");
        try (var out = Files.newOutputStream(forged);
                BundleWriter writer = new BundleWriter(out)) {
            writer.manifest(reformatted, signature);
        }
        BundleException e = assertThrows(BundleException.class, () -> verify(forged, TrustedKeys.of(KEY.publicKey())));
        assertEquals(BundleException.Reason.BAD_SIGNATURE, e.reason());
    }

    /**
     * Every byte of the file matters: a flip is caught by the layout check, a CRC, an object's hash or the
     * signature. Every position of the headers and the manifest, every third byte elsewhere (each check costs an
     * Ed25519 verification of about 2 ms).
     */
    @Test
    void flippingAnyByteOfABundleIsNoticed() throws Exception {
        Path bundle = TestBundles.build(TestBundles.writeSmallContent(dir.resolve("c"), ""), KEY, 1, dir.resolve("b"))
                .file();
        int size = (int) Files.size(bundle);
        java.util.EnumMap<BundleException.Reason, Integer> reasons =
                new java.util.EnumMap<>(BundleException.Reason.class);
        for (int position = 0; position < size; position++) {
            if (position > 400 && position < size - 300 && position % 3 != 0) {
                continue;
            }
            Path flipped = TestBundles.flipByte(bundle, position, dir.resolve("flipped"));
            final int at = position;
            BundleException e = assertThrows(
                    BundleException.class,
                    () -> verify(flipped, TrustedKeys.of(KEY.publicKey())),
                    () -> "a flipped byte at " + at + " of " + size + " went unnoticed");
            reasons.merge(e.reason(), 1, Integer::sum);
        }
        LOG.info("Flipped bytes of a {}-byte bundle; reasons: {}", size, reasons);
        assertTrue(reasons.containsKey(BundleException.Reason.CORRUPT_ARCHIVE), reasons.toString());
    }

    @Test
    void aManifestChangedAndRepackedWithValidChecksumsFailsTheSignature() throws Exception {
        Path bundle = TestBundles.build(TestBundles.writeSmallContent(dir.resolve("c"), ""), KEY, 1, dir.resolve("b"))
                .file();
        byte[] manifest;
        byte[] signature;
        Map<String, byte[]> objects = new java.util.TreeMap<>();
        try (BundleArchive archive = BundleArchive.open(bundle, BundleLimits.DEFAULT)) {
            manifest = archive.manifestBytes();
            signature = archive.signatureBytes();
            for (String hash : archive.objectHashes()) {
                var out = new java.io.ByteArrayOutputStream();
                archive.copyObject(hash, out);
                objects.put(hash, out.toByteArray());
            }
        }
        byte[] raised = new String(manifest, StandardCharsets.UTF_8)
                .replace("\"version\" : 1,", "\"version\" : 9,")
                .getBytes(StandardCharsets.UTF_8);
        assertFalse(java.util.Arrays.equals(manifest, raised), "the test changes the version");
        Path forged = dir.resolve("forged");
        try (var out = Files.newOutputStream(forged);
                BundleWriter writer = new BundleWriter(out)) {
            writer.manifest(raised, signature);
            for (var e : objects.entrySet()) {
                writer.object(e.getKey(), e.getValue());
            }
        }
        BundleException e = assertThrows(BundleException.class, () -> verify(forged, TrustedKeys.of(KEY.publicKey())));
        assertEquals(BundleException.Reason.BAD_SIGNATURE, e.reason());
        assertTrue(e.getMessage().contains("altered or damaged"), e.getMessage());
    }

    @Test
    void anObjectChangedAndRepackedFailsItsHash() throws Exception {
        Path bundle = TestBundles.build(TestBundles.writeSmallContent(dir.resolve("c"), ""), KEY, 1, dir.resolve("b"))
                .file();
        Path forged = dir.resolve("forged");
        try (BundleArchive archive = BundleArchive.open(bundle, BundleLimits.DEFAULT);
                var out = Files.newOutputStream(forged);
                BundleWriter writer = new BundleWriter(out)) {
            writer.manifest(archive.manifestBytes(), archive.signatureBytes());
            for (String hash : archive.objectHashes()) {
                var bytes = new java.io.ByteArrayOutputStream();
                archive.copyObject(hash, bytes);
                byte[] changed = bytes.toByteArray();
                changed[changed.length - 2] ^= 1;
                writer.object(hash, changed);
            }
        }
        BundleException e = assertThrows(BundleException.class, () -> verify(forged, TrustedKeys.of(KEY.publicKey())));
        assertEquals(BundleException.Reason.HASH_MISMATCH, e.reason());
    }

    @Test
    void aTruncatedFileIsRefusedAsTruncated() throws Exception {
        Path bundle = TestBundles.build(TestBundles.writeSmallContent(dir.resolve("c"), ""), KEY, 1, dir.resolve("b"))
                .file();
        byte[] bytes = Files.readAllBytes(bundle);
        for (int length : new int[] {0, 10, bytes.length / 3, bytes.length / 2, bytes.length - 23, bytes.length - 1}) {
            Path cut = Files.write(dir.resolve("cut"), java.util.Arrays.copyOf(bytes, length));
            BundleException e = assertThrows(BundleException.class, () -> verify(cut, TrustedKeys.of(KEY.publicKey())));
            assertEquals(BundleException.Reason.TRUNCATED, e.reason(), "cut at " + length + ": " + e.getMessage());
        }
    }

    @Test
    void anOversizedManifestIsRefusedBeforeItIsUnpacked() throws Exception {
        byte[] huge = ("{" + " ".repeat(5 << 20) + "}").getBytes(StandardCharsets.UTF_8);
        Path bundle = TestBundles.writeSigned(huge, KEY, Map.of(), dir.resolve("huge"));
        assertTrue(Files.size(bundle) < 64 * 1024, "compresses well: the reader must look at the declared size");
        BundleException e = assertThrows(BundleException.class, () -> verify(bundle, TrustedKeys.of(KEY.publicKey())));
        assertEquals(BundleException.Reason.TOO_LARGE, e.reason());
        assertTrue(
                e.getMessage().contains("manifest.json") && e.getMessage().contains(String.valueOf(4 << 20)),
                e.getMessage());
    }

    @Test
    void limitsOnFileCountAndSizesAreEnforced() throws Exception {
        Path bundle = TestBundles.build(TestContent.bundledRoot(), KEY, 1, dir.resolve("v1"))
                .file();
        TrustedKeys keys = TrustedKeys.of(KEY.publicKey());
        BundleException count = assertThrows(
                BundleException.class,
                () -> BundleVerifier.verifyFile(bundle, keys, new BundleLimits(4 << 20, 10, 32 << 20, 512 << 20)));
        assertEquals(BundleException.Reason.TOO_LARGE, count.reason());
        BundleException one = assertThrows(
                BundleException.class,
                () -> BundleVerifier.verifyFile(bundle, keys, new BundleLimits(4 << 20, 1000, 100_000, 512 << 20)));
        assertEquals(BundleException.Reason.TOO_LARGE, one.reason());
        assertTrue(one.getMessage().contains("100000"), one.getMessage());
        BundleException total = assertThrows(
                BundleException.class,
                () -> BundleVerifier.verifyFile(bundle, keys, new BundleLimits(4 << 20, 1000, 32 << 20, 200_000)));
        assertEquals(BundleException.Reason.TOO_LARGE, total.reason());
    }

    @Test
    void aDeltaForOneChangedExplainerCarriesOneObjectAndIsUnderFivePercentOfTheFullBundle() throws Exception {
        Path content = TestBundles.copySampleContent(dir.resolve("content"));
        BundleBuilder.Result full = TestBundles.build(content, KEY, 1, dir.resolve("v1.lkb"));
        TestBundles.changeExplainer(content, "村里有人问过：遗嘱可以改吗？可以，以最后一份为准。");
        BundleBuilder.Result fullV2 = TestBundles.build(content, KEY, 2, dir.resolve("v2-full.lkb"));
        BundleBuilder.Result delta = TestBundles.buildDelta(content, KEY, 2, full.file(), dir.resolve("v2-delta.lkb"));

        assertEquals(1, delta.objectsCarried());
        assertEquals(full.manifest().files().size(), delta.manifest().files().size(), "a delta still lists every file");
        assertEquals(1L, delta.manifest().base().orElseThrow().version());
        double ratio = (double) delta.fileBytes() / fullV2.fileBytes();
        LOG.info(
                "Full bundle {} bytes, delta of one explainer {} bytes ({}%)",
                fullV2.fileBytes(), delta.fileBytes(), String.format("%.2f", ratio * 100));
        assertTrue(ratio < 0.05, "delta " + delta.fileBytes() + " bytes vs full " + fullV2.fileBytes() + " bytes");

        ManifestDiff diff = ManifestDiff.between(full.manifest(), delta.manifest());
        assertEquals(List.of(TestBundles.CHANGED_EXPLAINER), diff.changed());
        assertTrue(diff.added().isEmpty() && diff.removed().isEmpty());
    }

    @Test
    void identicalFilesTravelAsOneObject() throws Exception {
        Path content = TestBundles.writeSmallContent(dir.resolve("c"), "");
        Files.createDirectories(content.resolve("images"));
        Files.write(content.resolve("images/a.png"), new byte[] {1, 2, 3});
        Files.write(content.resolve("images/b.png"), new byte[] {1, 2, 3});
        BundleBuilder.Result r = TestBundles.build(content, KEY, 1, dir.resolve("b"));
        assertEquals(r.manifest().files().size() - 1, r.objectsCarried());
        verify(r.file(), TrustedKeys.of(KEY.publicKey()));
    }

    @Test
    void keysSurviveTheirPemFilesAndAMismatchedPairIsRefusedBySigning() throws Exception {
        Path priv = Files.writeString(dir.resolve("k.key"), SigningKeys.privatePem(KEY));
        Path pub = Files.writeString(dir.resolve("k.pub"), SigningKeys.publicPem(KEY.publicKey()));
        SigningKeys.SigningKey read = SigningKeys.readPrivate(priv);
        assertEquals(KEY.keyId(), read.keyId());
        assertEquals(KEY.keyId(), SigningKeys.keyId(SigningKeys.readPublic(pub)));
        assertEquals(Collections.singleton(KEY.keyId()), TrustedKeys.read(dir).keyIds());
        assertThrows(IOException.class, () -> SigningKeys.readPrivate(pub));

        SigningKeys.SigningKey other = SigningKeys.generate();
        SigningKeys.SigningKey mismatched =
                new SigningKeys.SigningKey(KEY.privateKey(), other.publicKey(), other.keyId());
        IOException e = assertThrows(
                IOException.class,
                () -> TestBundles.build(
                        TestBundles.writeSmallContent(dir.resolve("c"), ""), mismatched, 1, dir.resolve("b")));
        assertTrue(e.getMessage().contains("does not verify"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("b")), "no bundle is left behind");
    }

    @Test
    void theManifestReaderRefusesUnknownFieldsAndBadValues() {
        byte[] unknown = "{\"format\":1,\"extra\":true}".getBytes(StandardCharsets.UTF_8);
        BundleException e = assertThrows(BundleException.class, () -> ManifestJson.read(unknown, BundleLimits.DEFAULT));
        assertEquals(BundleException.Reason.BAD_MANIFEST, e.reason());
        assertTrue(e.getMessage().contains("extra"), e.getMessage());
        byte[] duplicate = "{\"format\":1,\"format\":1}".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                BundleException.Reason.BAD_MANIFEST,
                assertThrows(BundleException.class, () -> ManifestJson.read(duplicate, BundleLimits.DEFAULT))
                        .reason());
    }

    @Test
    void appVersionsCompareByNumber() {
        assertTrue(AppVersions.satisfies("0.10.0", "0.9.1"));
        assertTrue(AppVersions.satisfies("1.2.0-SNAPSHOT", "1.2"));
        assertFalse(AppVersions.satisfies("0.1.0", "0.2.0"));
    }
}
