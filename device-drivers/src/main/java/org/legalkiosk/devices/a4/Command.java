package org.legalkiosk.devices.a4;

import java.time.Duration;
import java.util.List;

import org.legalkiosk.devices.process.ProcessOutput;
import org.legalkiosk.devices.process.ProcessRunException;
import org.legalkiosk.devices.process.ProcessRunner;

/** Runs a CUPS command-line tool with a timeout and collects what it says, failures included, as text. */
final class Command {

    /** @param exit the exit status, or -1 when the tool could not start or was stopped at the timeout */
    record Output(int exit, String out, String err) {

        boolean ok() {
            return exit == 0;
        }

        String both() {
            return (out + "\n" + err).strip();
        }
    }

    private Command() {}

    static Output run(List<String> command, Duration timeout) throws InterruptedException {
        try {
            ProcessOutput output = new ProcessRunner(timeout).run(command);
            return new Output(output.exit(), output.stdoutText(), output.stderrText());
        } catch (ProcessRunException e) {
            return new Output(
                    -1,
                    "",
                    switch (e.kind()) {
                        case NOT_STARTED -> "cannot start " + e.program() + ": " + e.startFailure();
                        case TIMED_OUT -> e.program() + " did not answer within " + timeout.toMillis() + " ms";
                    });
        }
    }
}
