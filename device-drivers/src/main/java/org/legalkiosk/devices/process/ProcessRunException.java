package org.legalkiosk.devices.process;

import java.io.IOException;
import java.time.Duration;

/** A program that gave no result: it could not be started, or it was still running at its timeout and was killed. */
public final class ProcessRunException extends Exception {

    public enum Kind {
        NOT_STARTED,
        TIMED_OUT
    }

    private final Kind kind;
    private final String program;

    private ProcessRunException(Kind kind, String program, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.program = program;
    }

    static ProcessRunException notStarted(String program, IOException cause) {
        // a bare name missing from the PATH is the common case, and the system's "error=2" says it poorly
        boolean missingFromPath = !program.contains("/") && !Executables.isInstalled(program);
        String why = missingFromPath ? "not installed (not found on the PATH)" : cause.getMessage();
        return new ProcessRunException(Kind.NOT_STARTED, program, "cannot start " + program + ": " + why, cause);
    }

    static ProcessRunException timedOut(String program, Duration timeout) {
        return new ProcessRunException(
                Kind.TIMED_OUT,
                program,
                program + " did not finish within " + timeout.toMillis() + " ms and was killed",
                null);
    }

    public Kind kind() {
        return kind;
    }

    /** The program as it was named in the command. */
    public String program() {
        return program;
    }

    /** Why the program could not start, as the system said it; empty for a timeout. */
    public String startFailure() {
        return getCause() == null ? "" : getCause().getMessage();
    }
}
