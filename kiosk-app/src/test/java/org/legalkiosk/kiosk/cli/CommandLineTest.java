package org.legalkiosk.kiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.kiosk.config.KioskConfig;
import picocli.CommandLine;

class CommandLineTest {

    @TempDir
    Path data;

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

    private RunCommand parse(String... args) {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs(args);
        return run;
    }

    @Test
    void printsItsVersion() {
        Run r = run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("legalkiosk "), r.out());
        assertFalse(r.out().contains("${"), "version was filled in by the build: " + r.out());
    }

    @Test
    void helpListsTheRunCommandAndItsOptions() {
        Run r = run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("run"), r.out());
        Run help = run("run", "--help");
        for (String option : new String[] {"--demo", "--headless", "--data-dir", "--idle-timeout"}) {
            assertTrue(help.out().contains(option), option + " in " + help.out());
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run r = run("run", "--fullscreen-please");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Unknown option"), r.err());
    }

    @Test
    void demoRunsInAWindowAndTheDefaultIsNinetySecondsIdle() throws Exception {
        KioskConfig config = parse("--demo", "--data-dir", data.toString()).config();
        assertTrue(config.demo());
        assertFalse(config.fullscreen());
        assertEquals(Duration.ofSeconds(90), config.idleTimeout());
        assertEquals(1600, config.windowWidth());
        assertTrue(config.contentDir().isEmpty(), "demo shows the bundled sample content");
    }

    @Test
    void productionRunsFullScreen() throws Exception {
        KioskConfig config = parse("--data-dir", data.toString()).config();
        assertTrue(config.fullscreen());
        assertFalse(parse("--headless", "--data-dir", data.toString()).config().fullscreen());
    }

    @Test
    void settingsFileChangesTheIdleTimeoutAndTheCommandLineWins() throws Exception {
        Files.writeString(data.resolve("kiosk.yaml"), "idleTimeoutSeconds: 120\ndefaultLanguage: en\n");
        KioskConfig fromFile = parse("--data-dir", data.toString()).config();
        assertEquals(Duration.ofSeconds(120), fromFile.idleTimeout());
        assertEquals("en", fromFile.defaultLanguage().code());
        assertEquals(
                Duration.ofSeconds(30),
                parse("--data-dir", data.toString(), "--idle-timeout", "30")
                        .config()
                        .idleTimeout());
    }

    @Test
    void aBrokenSettingsFileStopsTheKioskWithAClearMessage() throws Exception {
        Files.writeString(data.resolve("kiosk.yaml"), "idleTimeoutSecs: 120\n");
        Run r = runCapturingStderr("run", "--data-dir", data.toString(), "--headless");
        assertEquals(RunCommand.EXIT_BAD_CONFIG, r.exit());
        assertTrue(r.err().contains("kiosk.yaml") && r.err().contains("idleTimeoutSecs"), r.err());

        Files.writeString(data.resolve("kiosk.yaml"), "idleTimeoutSeconds: 2\n");
        r = runCapturingStderr("run", "--data-dir", data.toString(), "--headless");
        assertEquals(RunCommand.EXIT_BAD_CONFIG, r.exit());
        assertTrue(r.err().contains("between 10 and 3600"), r.err());
    }

    @Test
    void badOptionValuesAreRefusedBeforeAnythingStarts() {
        Run r = runCapturingStderr("run", "--data-dir", data.toString(), "--window", "huge");
        assertEquals(RunCommand.EXIT_BAD_CONFIG, r.exit());
        assertTrue(r.err().contains("--window must look like 1600x900"), r.err());
        r = runCapturingStderr(
                "run",
                "--data-dir",
                data.toString(),
                "--content-dir",
                data.resolve("nope").toString());
        assertEquals(RunCommand.EXIT_BAD_CONFIG, r.exit());
        assertTrue(r.err().contains("does not exist"), r.err());
    }

    @Test
    void brokenContentIsRefusedWithFileAndLineBeforeTheScreenStarts() throws Exception {
        Path content = data.resolve("content");
        Path source = org.legalkiosk.kiosk.testing.TestKiosk.contentSource();
        Files.createDirectories(content.resolve("explainers/succession"));
        Files.copy(source.resolve("laws.yaml"), content.resolve("laws.yaml"));
        Files.copy(source.resolve("categories.yaml"), content.resolve("categories.yaml"));
        Files.writeString(
                content.resolve("explainers/succession/wills.zh.md"),
                "---\nid: wills\ntitle: 遗嘱\ncategory: succesion\n---\n\n正文\n");
        Run r = runCapturingStderr(
                "run", "--headless", "--data-dir", data.toString(), "--content-dir", content.toString());
        assertEquals(RunCommand.EXIT_BAD_CONTENT, r.exit());
        assertTrue(
                r.err().contains("explainers/succession/wills.zh.md:4: category 'succesion' is not one of"), r.err());
    }

    /** RunCommand reports configuration errors on the process's standard error. */
    private Run runCapturingStderr(String... args) {
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Run r = run(args);
            return new Run(r.exit(), r.out(), r.err() + captured.toString(java.nio.charset.StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }
}
