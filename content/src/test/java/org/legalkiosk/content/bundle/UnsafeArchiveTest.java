package org.legalkiosk.content.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Archive names and manifest paths that could write outside the version folder are refused, each by name. */
class UnsafeArchiveTest {

    private static final SigningKeys.SigningKey KEY = SigningKeys.generate();
    private static final byte[] SIG = "{}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private BundleException refusal(byte[] zip) throws Exception {
        Path file = Files.write(dir.resolve("hostile.lkb"), zip);
        return assertThrows(
                BundleException.class,
                () -> BundleVerifier.verifyFile(file, TrustedKeys.of(KEY.publicKey()), BundleLimits.DEFAULT));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../evil.sh",
                "objects/../../evil",
                "/etc/cron.d/evil",
                "C:/Windows/evil",
                "objects\\..\\evil",
                "explainers/x.zh.md",
                "objects/",
                "objects/ABCDEF",
                "manifest.json/x",
                "./manifest.json"
            })
    void entryNamesOutsideTheFormatAreRefused(String name) throws Exception {
        BundleException e = refusal(new RawZip()
                .add("manifest.json", "{}".getBytes())
                .add("manifest.sig", SIG)
                .add(name, "x".getBytes())
                .toBytes());
        assertEquals(BundleException.Reason.UNSAFE_PATH, e.reason(), e.getMessage());
    }

    @Test
    void symbolicLinkEntriesAreRefused() throws Exception {
        String hash = "a".repeat(64);
        BundleException e = refusal(new RawZip()
                .add("manifest.json", "{}".getBytes())
                .add("manifest.sig", SIG)
                .addSymlink("objects/" + hash, "/etc/passwd")
                .toBytes());
        assertEquals(BundleException.Reason.UNSAFE_PATH, e.reason());
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
    }

    @Test
    void duplicateEntriesAreRefused() throws Exception {
        BundleException e = refusal(new RawZip()
                .add("manifest.json", "{}".getBytes())
                .add("manifest.sig", SIG)
                .add("manifest.json", "{\"other\":1}".getBytes())
                .toBytes());
        assertEquals(BundleException.Reason.UNSAFE_PATH, e.reason());
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../outside.md",
                "/etc/passwd",
                "explainers/../../outside.md",
                "explainers\\x.zh.md",
                "src/Main.java",
                "pom.xml",
                "explainers/./x.zh.md",
                "explainers//x.zh.md",
                "explainers/.hidden"
            })
    void signedManifestPathsThatCouldEscapeAreRefusedEvenFromATrustedKey(String path) throws Exception {
        String hash = Hashes.sha256Hex("x".getBytes());
        String manifest =
                """
                {"format":1,"bundleId":"b","channel":"stable","version":1,"label":"v1","created":"2026-11-28T08:00:00Z",
                 "minAppVersion":"0.1.0","files":[{"path":%s,"sha256":"%s","size":1,"mediaType":"text/plain"}]}
                """.formatted(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(path), hash);
        Path file = TestBundles.writeSigned(
                manifest.getBytes(StandardCharsets.UTF_8), KEY, Map.of(hash, "x".getBytes()), dir.resolve("b"));
        BundleException e = assertThrows(
                BundleException.class,
                () -> BundleVerifier.verifyFile(file, TrustedKeys.of(KEY.publicKey()), BundleLimits.DEFAULT));
        assertEquals(BundleException.Reason.UNSAFE_PATH, e.reason(), e.getMessage());
    }

    @Test
    void anArchiveWithoutManifestFirstIsRefused() throws Exception {
        BundleException e = refusal(new RawZip()
                .add("manifest.sig", SIG)
                .add("manifest.json", "{}".getBytes())
                .toBytes());
        assertEquals(BundleException.Reason.CORRUPT_ARCHIVE, e.reason());
    }
}
