package org.legalkiosk.kiosk.cli.content;

import java.io.PrintWriter;

import picocli.CommandLine.Model.CommandSpec;

/** Where a content command writes: its picocli streams, so tests capture exactly what a user would see. */
final class Reporter {

    private final CommandSpec spec;

    Reporter(CommandSpec spec) {
        this.spec = spec;
    }

    void out(String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }

    /** An error line, prefixed with the command so it is clear which step of a script failed. */
    int fail(int exitCode, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + message);
        err.flush();
        return exitCode;
    }

    /** Further lines of an error (e.g. the file:line list), without the prefix. */
    void detail(String line) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(line);
        err.flush();
    }
}
