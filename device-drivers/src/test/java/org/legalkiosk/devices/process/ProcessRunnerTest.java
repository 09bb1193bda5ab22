package org.legalkiosk.devices.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner against real programs (sh, sleep): what a finished program said, and what happens when it does not finish. */
class ProcessRunnerTest {

    private static final Duration GENEROUS = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    @Test
    void reportsTheExitStatusOutputAndErrorsOfAProgramThatFailed() throws Exception {
        ProcessOutput output = new ProcessRunner(GENEROUS)
                .run(List.of("sh", "-c", "printf 'half a page'; printf 'media-jam: tray 2' >&2; exit 3"));
        assertEquals(3, output.exit());
        assertFalse(output.succeeded());
        assertEquals("half a page", output.stdoutText());
        assertEquals("media-jam: tray 2", output.stderrText());
        assertFalse(output.stdoutTruncated() || output.stderrTruncated());
    }

    @Test
    void aProgramThatSucceedsGivesItsOutputAsUtf8() throws Exception {
        ProcessOutput output = new ProcessRunner(GENEROUS).run(List.of("printf", "打印完成"));
        assertTrue(output.succeeded());
        assertEquals("打印完成", output.stdoutText());
        assertEquals("", output.stderrText());
    }

    @Test
    void aProgramStillRunningAtTheTimeoutIsKilledWithTheProcessesItStarted() throws Exception {
        Path childPid = temp.resolve("child.pid");
        Path parentPid = temp.resolve("parent.pid");
        // the shell starts a child that outlives any sane timeout, then waits for it
        List<String> command =
                List.of("sh", "-c", "sleep 600 & echo $! > " + childPid + "; echo $$ > " + parentPid + "; wait");
        ProcessRunException e =
                assertThrows(ProcessRunException.class, () -> new ProcessRunner(Duration.ofSeconds(3)).run(command));
        assertEquals(ProcessRunException.Kind.TIMED_OUT, e.kind());
        assertEquals("sh", e.program());
        assertTrue(e.getMessage().contains("within 3000 ms"), e.getMessage());
        assertTrue(
                Files.exists(parentPid) && Files.exists(childPid),
                "the shell did not get to start its child before the timeout; nothing to check");
        assertGone(Files.readString(parentPid));
        assertGone(Files.readString(childPid));
    }

    @Test
    void aCallerInterruptedWhileWaitingLeavesNoProgramBehind() throws Exception {
        Path pid = temp.resolve("pid");
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                new ProcessRunner(Duration.ofMinutes(10))
                        .run(List.of("sh", "-c", "echo $$ > " + pid + "; exec sleep 600"));
                outcome.complete(null);
            } catch (Exception | Error t) {
                outcome.complete(t);
            }
        });
        caller.start();
        awaitFile(pid);
        caller.interrupt();
        assertInstanceOf(InterruptedException.class, outcome.get(30, TimeUnit.SECONDS));
        assertGone(Files.readString(pid));
    }

    @Test
    void aProgramThatIsNotInstalledIsReportedAsNotStartedNamingIt() {
        ProcessRunException e = assertThrows(
                ProcessRunException.class,
                () -> new ProcessRunner(GENEROUS).run(List.of("legalkiosk-no-such-tool", "--version")));
        assertEquals(ProcessRunException.Kind.NOT_STARTED, e.kind());
        assertEquals("legalkiosk-no-such-tool", e.program());
        assertEquals("cannot start legalkiosk-no-such-tool: not installed (not found on the PATH)", e.getMessage());
        assertFalse(e.startFailure().isEmpty(), "the system's own words are kept too");
    }

    @Test
    void aFileThatIsNotAProgramIsReportedWithTheSystemsReason() throws Exception {
        Path notExecutable = Files.writeString(temp.resolve("lp"), "#!/bin/sh\n");
        ProcessRunException e = assertThrows(
                ProcessRunException.class, () -> new ProcessRunner(GENEROUS).run(List.of(notExecutable.toString())));
        assertEquals(ProcessRunException.Kind.NOT_STARTED, e.kind());
        assertTrue(e.getMessage().startsWith("cannot start " + notExecutable + ": "), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("permission denied"), e.getMessage());
    }

    @Test
    void keepsTheStartOfALongOutputAndTheEndOfLongErrors() throws Exception {
        // 200 000 bytes of each: far past both bounds, so the errors' buffer is compacted many times
        String script = "yes 0123456789 | head -c 200000; yes abcdefghij | head -c 200000 >&2; printf 'the reason' >&2";
        ProcessOutput output = new ProcessRunner(GENEROUS, 1000, 1000).run(List.of("sh", "-c", script));
        assertTrue(output.succeeded());
        assertEquals(1000, output.stdout().length);
        assertTrue(output.stdoutText().startsWith("0123456789\n0123456789\n"), output.stdoutText());
        assertTrue(output.stdoutTruncated());
        assertEquals(1000, output.stderr().length);
        assertTrue(output.stderrText().endsWith("the reason"), output.stderrText());
        assertTrue(output.stderrText().contains("abcdefghij\nabcdefghij\n"), output.stderrText());
        assertTrue(output.stderrTruncated());
    }

    @Test
    void outputExactlyAtTheBoundIsWholeAndNotTruncated() throws Exception {
        ProcessOutput output =
                new ProcessRunner(GENEROUS, 4, 4).run(List.of("sh", "-c", "printf abcd; printf wxyz >&2"));
        assertEquals("abcd", output.stdoutText());
        assertEquals("wxyz", output.stderrText());
        assertFalse(output.stdoutTruncated() || output.stderrTruncated());
    }

    @Test
    void refusesAnEmptyCommandAndBoundsThatKeepNothing() {
        assertThrows(IllegalArgumentException.class, () -> new ProcessRunner(GENEROUS).run(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ProcessRunner(GENEROUS, 0, 10));
    }

    @Test
    void findsProgramsAsTheShellWould() throws Exception {
        assertTrue(Executables.find("sh").map(Files::isExecutable).orElse(false));
        assertTrue(Executables.isInstalled("sh"));
        assertFalse(Executables.isInstalled("legalkiosk-no-such-tool"));
        Path script = Files.writeString(temp.resolve("tool"), "#!/bin/sh\n", StandardCharsets.UTF_8);
        assertFalse(Executables.isInstalled(script.toString()), "a path is taken as it is, and must be executable");
        assertTrue(script.toFile().setExecutable(true));
        assertEquals(script, Executables.find(script.toString()).orElseThrow());
    }

    private static void assertGone(String pidText) {
        long pid = Long.parseLong(pidText.strip());
        // killing is asynchronous: wait (boundedly) for the process to be gone rather than sampling once
        ProcessHandle.of(pid)
                .ifPresent(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " still runs");
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        while (sizeOf(file) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(file + " was never written");
            }
            Thread.sleep(20);
        }
    }

    private static long sizeOf(Path file) {
        return file.toFile().length();
    }
}
