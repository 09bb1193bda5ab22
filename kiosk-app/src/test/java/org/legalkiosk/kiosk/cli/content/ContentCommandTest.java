package org.legalkiosk.kiosk.cli.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.SourceFiles;
import org.legalkiosk.content.statute.StatuteDirectory;
import org.legalkiosk.kiosk.cli.LegalKioskMain;
import org.legalkiosk.kiosk.testing.TestKiosk;
import picocli.CommandLine;

class ContentCommandTest {

    private static final String EXPLAINER = "explainers/succession/wills.zh.md";

    @TempDir
    Path dir;

    private Path content;
    private Path keys;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LegalKioskMain.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void copySampleContent() throws IOException {
        content = dir.resolve("content");
        for (SourceFiles.SourceFile f :
                SourceFiles.collect(TestKiosk.contentSource()).files()) {
            Path to = content.resolve(f.path());
            Files.createDirectories(to.getParent());
            Files.copy(f.file(), to);
        }
        keys = dir.resolve("keys");
    }

    private Path keygen() throws IOException {
        Run r = run("content", "keygen", "--out", keys.toString());
        assertEquals(0, r.exit(), r.err());
        try (Stream<Path> files = Files.list(keys)) {
            return files.filter(p -> p.toString().endsWith(".key")).findFirst().orElseThrow();
        }
    }

    private static Path publicOf(Path privateKey) {
        return privateKey.resolveSibling(privateKey.getFileName().toString().replace(".key", ".pub"));
    }

    private Run build(Path key, Path out, String... more) {
        String[] base = {"content", "build", content.toString(), "--key", key.toString(), "--out", out.toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return run(args);
    }

    @Test
    void keygenWritesAKeyPairNamedByItsIdWithASecretPrivateHalf() throws Exception {
        Path key = keygen();
        String id = key.getFileName().toString().replaceAll("content-([0-9a-f]{16})\\.key", "$1");
        assertEquals(16, id.length(), key.toString());
        assertTrue(Files.isRegularFile(publicOf(key)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertTrue(Files.readString(key).contains("PRIVATE KEY"));
        assertFalse(Files.readString(publicOf(key)).contains("PRIVATE"));
    }

    @Test
    void buildVerifyInspectAndDiffAFullBundleAndADelta() throws Exception {
        Path key = keygen();
        Path v1 = dir.resolve("v1.lkb");
        Run built = build(key, v1, "--version", "1", "--label", "2026-12");
        assertEquals(0, built.exit(), built.err());
        assertTrue(built.out().contains("built full bundle: version 1 (2026-12)"), built.out());

        Run verified =
                run("content", "verify", v1.toString(), "--pub", publicOf(key).toString());
        assertEquals(0, verified.exit(), verified.err());
        assertTrue(verified.out().startsWith("OK: version 1 (2026-12), channel stable"), verified.out());

        Files.writeString(content.resolve(EXPLAINER), "\n补充：遗嘱可以改。\n", StandardOpenOption.APPEND);
        Path v2 = dir.resolve("v2.lkb");
        Run delta = build(key, v2, "--base", v1.toString());
        assertEquals(0, delta.exit(), delta.err());
        assertTrue(
                delta.out().contains("built delta bundle: version 2 (v2)")
                        && delta.out().contains("1 objects carried"),
                delta.out());
        assertTrue(Files.size(v2) * 20 < Files.size(v1), Files.size(v2) + " vs " + Files.size(v1));
        assertEquals(
                0,
                run("content", "verify", v2.toString(), "--pub", keys.toString())
                        .exit(),
                "a folder of keys works");

        Run inspected = run("content", "inspect", v2.toString());
        assertEquals(0, inspected.exit(), inspected.err());
        assertTrue(
                inspected.out().contains("delta on version 1")
                        && inspected.out().contains("objects carried: 1 of"),
                inspected.out());

        Run diff = run("content", "diff", v1.toString(), v2.toString());
        assertEquals(0, diff.exit(), diff.err());
        assertTrue(
                diff.out().contains("~ " + EXPLAINER) && diff.out().contains("0 added, 0 removed, 1 changed"),
                diff.out());
    }

    @Test
    void brokenContentIsRefusedWithFileAndLineAndNoBundleIsWritten() throws Exception {
        Path key = keygen();
        Path explainer = content.resolve(EXPLAINER);
        Files.writeString(
                explainer, Files.readString(explainer).replace("category: succession", "category: succesion"));
        Files.writeString(content.resolve("explainers/succession/raw.zh.md"), "no front matter <script>x</script>\n");
        Path out = dir.resolve("bad.lkb");
        Run r = build(key, out, "--version", "1");
        assertEquals(ExitCodes.INVALID, r.exit(), r.err());
        assertTrue(r.err().contains(EXPLAINER + ":4: category 'succesion' is not one of"), r.err());
        assertTrue(r.err().contains("explainers/succession/raw.zh.md"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aCitationOutsideTheCategorysBookIsRefusedWhenTheStatutesAreAtHand() throws Exception {
        Assumptions.assumeTrue(
                StatuteDirectory.locate().isPresent(), "official statute texts not found; check skipped");
        Path key = keygen();
        Path explainer = content.resolve(EXPLAINER);
        String text = Files.readString(explainer);
        String changed = text.replaceFirst("articles: \\[[0-9, ]+\\]", "articles: [3]");
        assertFalse(text.equals(changed), "the test changes the principal citation");
        Files.writeString(explainer, changed);
        Run r = build(
                key,
                dir.resolve("b.lkb"),
                "--version",
                "1",
                "--statutes-dir",
                StatuteDirectory.locate().get().toString());
        assertEquals(ExitCodes.INVALID, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(EXPLAINER + ": article 3 lies in book 1"), r.err());
    }

    @Test
    void usageMistakesExitWithTwo() throws Exception {
        Path key = keygen();
        Run noVersion = build(key, dir.resolve("b.lkb"));
        assertEquals(ExitCodes.USAGE, noVersion.exit());
        assertTrue(noVersion.err().contains("--version is required"), noVersion.err());
        assertEquals(
                ExitCodes.USAGE,
                run("content", "build", content.toString(), "--out", "x").exit(),
                "--key is required");
        assertEquals(
                ExitCodes.USAGE,
                run("content", "verify", dir.resolve("missing.lkb").toString(), "--pub", key.toString())
                        .exit());
        Run badChannel = build(key, dir.resolve("b.lkb"), "--version", "1", "--channel", "Stable!");
        assertEquals(ExitCodes.USAGE, badChannel.exit());
        assertTrue(badChannel.err().contains("--channel"), badChannel.err());
    }

    @Test
    void verifyFailsWithFourForAnUnknownKeyOrATamperedFile() throws Exception {
        Path key = keygen();
        Path bundle = dir.resolve("v1.lkb");
        assertEquals(0, build(key, bundle, "--version", "1").exit());
        Path otherKeys = dir.resolve("other");
        assertEquals(0, run("content", "keygen", "--out", otherKeys.toString()).exit());

        Run unknown = run("content", "verify", bundle.toString(), "--pub", otherKeys.toString());
        assertEquals(ExitCodes.VERIFICATION_FAILED, unknown.exit());
        assertTrue(unknown.err().contains("UNKNOWN_KEY"), unknown.err());

        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length / 2] ^= (byte) 0xFF;
        Path tampered = Files.write(dir.resolve("tampered.lkb"), bytes);
        Run damaged = run(
                "content", "verify", tampered.toString(), "--pub", publicOf(key).toString());
        assertEquals(ExitCodes.VERIFICATION_FAILED, damaged.exit());
        assertTrue(damaged.err().contains("does not verify"), damaged.err());
    }

    @Test
    void inspectingSomethingThatIsNotABundleExitsWithThree() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.lkb"), "not a zip at all", StandardCharsets.UTF_8);
        Run r = run("content", "inspect", junk.toString());
        assertEquals(ExitCodes.INVALID, r.exit());
        assertTrue(r.err().contains("TRUNCATED") || r.err().contains("CORRUPT"), r.err());
    }

    @Test
    void helpListsTheContentCommandsAndExitCodes() {
        Run r = run("content", "--help");
        assertEquals(0, r.exit());
        for (String command : new String[] {"keygen", "build", "verify", "inspect", "diff", "verification failed"}) {
            assertTrue(r.out().contains(command), command + " in " + r.out());
        }
        assertTrue(run("--help").out().contains("content"));
    }
}
