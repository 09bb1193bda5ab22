package org.legalkiosk.kiosk.cli.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.SourceFiles;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.kiosk.cli.LegalKioskMain;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.service.ContentWatcher;
import org.legalkiosk.kiosk.service.LiveContentService;
import org.legalkiosk.kiosk.testing.TestKiosk;
import picocli.CommandLine;

/** A kiosk's own content store driven from the command line, and the running screen noticing the change. */
class StoreCommandsTest {

    @TempDir
    Path dir;

    private Path content;
    private Path data;
    private Path publicKey;
    private Path privateKey;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LegalKioskMain.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @BeforeEach
    void publisherAndKiosk() throws IOException {
        content = dir.resolve("content");
        for (SourceFiles.SourceFile f :
                SourceFiles.collect(TestKiosk.contentSource()).files()) {
            Path to = content.resolve(f.path());
            Files.createDirectories(to.getParent());
            Files.copy(f.file(), to);
        }
        assertEquals(
                0,
                run("content", "keygen", "--out", dir.resolve("keys").toString())
                        .exit());
        try (Stream<Path> files = Files.list(dir.resolve("keys"))) {
            privateKey =
                    files.filter(p -> p.toString().endsWith(".key")).findFirst().orElseThrow();
        }
        publicKey =
                privateKey.resolveSibling(privateKey.getFileName().toString().replace(".key", ".pub"));
        // The kiosk trusts the publisher's key through its default folder, DATA_DIR/trusted-keys/.
        data = dir.resolve("data");
        Files.createDirectories(data.resolve("trusted-keys"));
        Files.copy(publicKey, data.resolve("trusted-keys").resolve(publicKey.getFileName()));
    }

    private Path build(int version, String... more) {
        Path out = dir.resolve("v" + version + ".zip");
        String[] base = {
            "content",
            "build",
            content.toString(),
            "--key",
            privateKey.toString(),
            "--out",
            out.toString(),
            "--version",
            String.valueOf(version)
        };
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        Run r = run(args);
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    @Test
    void appliesListsAndRollsBack() throws IOException {
        Path v1 = build(1);
        Run applied = run("content", "apply", v1.toString(), "--data-dir", data.toString());
        assertEquals(0, applied.exit(), applied.err());
        assertTrue(applied.out().contains("Content version 1"), applied.out());
        Path active =
                ContentStore.activeFolder(KioskSettings.contentStore(data)).orElseThrow();
        assertTrue(Files.isDirectory(active.resolve("index")), "the search index is built with the version");

        Path wills = content.resolve("explainers/succession/wills.zh.md");
        Files.writeString(wills, Files.readString(wills).replace("title: 怎样立遗嘱才有效？", "title: 遗嘱怎么立才算数？"));
        Path v2 = build(2, "--base", v1.toString());
        assertEquals(
                0,
                run("content", "apply", v2.toString(), "--data-dir", data.toString())
                        .exit());
        Run versions = run("content", "versions", "--data-dir", data.toString());
        assertTrue(versions.out().contains("* 2"), versions.out());
        assertTrue(versions.out().contains("  1"), versions.out());

        assertEquals(
                0,
                run("content", "rollback", "1", "--data-dir", data.toString()).exit());
        assertTrue(
                run("content", "versions", "--data-dir", data.toString()).out().contains("* 1"));
    }

    @Test
    void refusesAnOlderOrTamperedBundleAndChangesNothing() throws IOException {
        Path v2 = build(2);
        Path v1 = build(1);
        assertEquals(
                0,
                run("content", "apply", v2.toString(), "--data-dir", data.toString())
                        .exit());
        Run older = run("content", "apply", v1.toString(), "--data-dir", data.toString());
        assertEquals(ExitCodes.VERIFICATION_FAILED, older.exit());
        assertTrue(older.err().contains("refused, nothing changed"), older.err());

        byte[] bytes = Files.readAllBytes(v2);
        bytes[bytes.length / 2] ^= 0x01;
        Path tampered = dir.resolve("tampered.zip");
        Files.write(tampered, bytes);
        assertEquals(
                ExitCodes.VERIFICATION_FAILED,
                run("content", "apply", tampered.toString(), "--data-dir", data.toString())
                        .exit());
        assertTrue(
                run("content", "versions", "--data-dir", data.toString()).out().contains("* 2"));
    }

    @Test
    void aKioskWithoutTrustedKeysSaysWhereToPutThem() throws IOException {
        Path v1 = build(1);
        Path bare = dir.resolve("bare");
        Run r = run("content", "apply", v1.toString(), "--data-dir", bare.toString());
        assertEquals(ExitCodes.INTERNAL, r.exit());
        assertTrue(r.err().contains("no trusted keys at"), r.err());
        assertTrue(ContentStore.activeFolder(KioskSettings.contentStore(bare)).isEmpty());
    }

    @Test
    void theRunningScreenIsOfferedTheNewVersion() throws Exception {
        LiveContentService live = new LiveContentService(TestKiosk.content());
        ContentWatcher watcher = new ContentWatcher(KioskSettings.contentStore(data), null, Optional.empty(), live);
        assertFalse(watcher.checkNow(), "nothing installed yet");

        Path wills = content.resolve("explainers/succession/wills.zh.md");
        Files.writeString(wills, Files.readString(wills).replace("title: 怎样立遗嘱才有效？", "title: 遗嘱怎么立才算数？"));
        assertEquals(
                0,
                run("content", "apply", build(1).toString(), "--data-dir", data.toString())
                        .exit());

        assertTrue(watcher.checkNow());
        assertTrue(live.hasPendingUpdate());
        assertFalse(watcher.checkNow(), "offered once");
        live.applyPendingUpdate();
        assertEquals(
                "遗嘱怎么立才算数？",
                live.library().explainer("wills", Language.ZH).orElseThrow().title());
        assertTrue(
                live.search().search("遗嘱", Language.ZH, 5).stream()
                        .anyMatch(h -> h.explainer().orElse("").equals("wills")),
                "search answers from the new version's index");
    }
}
