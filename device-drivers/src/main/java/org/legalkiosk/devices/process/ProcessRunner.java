package org.legalkiosk.devices.process;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program to its end within a timeout. A program still running then, or when the caller is interrupted, is
 * killed together with every process it started, so a hung camera or a stuck CUPS tool never holds the kiosk or
 * leaves orphans behind. Standard input is closed at once; both output streams are read on their own threads and
 * kept within a bound.
 */
public final class ProcessRunner {

    /** Room for a full-resolution PNG from a camera. */
    public static final int DEFAULT_MAX_STDOUT_BYTES = 64 * 1024 * 1024;
    /** The end of a program's complaints is what says why it failed. */
    public static final int DEFAULT_MAX_STDERR_BYTES = 64 * 1024;
    /** How long to wait for the output after the program exited; only a child still holding the pipe needs it. */
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(5);

    private final Duration timeout;
    private final int maxStdoutBytes;
    private final int maxStderrBytes;

    public ProcessRunner(Duration timeout) {
        this(timeout, DEFAULT_MAX_STDOUT_BYTES, DEFAULT_MAX_STDERR_BYTES);
    }

    public ProcessRunner(Duration timeout, int maxStdoutBytes, int maxStderrBytes) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (maxStdoutBytes <= 0 || maxStderrBytes <= 0) {
            throw new IllegalArgumentException(
                    "output bounds must be positive: " + maxStdoutBytes + ", " + maxStderrBytes);
        }
        this.maxStdoutBytes = maxStdoutBytes;
        this.maxStderrBytes = maxStderrBytes;
    }

    /**
     * @return the exit status and output of a program that ended by itself, whatever its status
     * @throws ProcessRunException the program could not start, or was killed at the timeout
     */
    public ProcessOutput run(List<String> command) throws ProcessRunException, InterruptedException {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("no program to run");
        }
        String program = command.get(0);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw ProcessRunException.notStarted(program, e);
        }
        try {
            closeInput(process);
            BoundedCapture out = BoundedCapture.head(process.getInputStream(), maxStdoutBytes, "stdout of " + program);
            BoundedCapture err = BoundedCapture.tail(process.getErrorStream(), maxStderrBytes, "stderr of " + program);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw ProcessRunException.timedOut(program, timeout);
            }
            BoundedCapture.Kept stdout = out.await(DRAIN_GRACE);
            BoundedCapture.Kept stderr = err.await(DRAIN_GRACE);
            return new ProcessOutput(
                    process.exitValue(), stdout.bytes(), stdout.truncated(), stderr.bytes(), stderr.truncated());
        } finally {
            if (process.isAlive()) {
                killTree(process);
            }
        }
    }

    private static void closeInput(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // nothing was written, so nothing was lost: the program's own result says more than this could
        }
    }

    /** Children first: once the parent is gone they are re-parented and no longer found as its descendants. */
    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
