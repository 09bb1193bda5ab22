package org.legalkiosk.devices.process;

import java.nio.charset.StandardCharsets;

/**
 * What a finished program said. Each stream is kept within the runner's bound: standard output from its start,
 * standard error its end (where the reason for a failure usually is); the flags tell whether anything was dropped.
 */
public record ProcessOutput(int exit, byte[] stdout, boolean stdoutTruncated, byte[] stderr, boolean stderrTruncated) {

    public boolean succeeded() {
        return exit == 0;
    }

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }
}
