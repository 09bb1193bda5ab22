package org.legalkiosk.kiosk.cli;

import org.legalkiosk.kiosk.privacy.ProcessUmask;
import picocli.CommandLine;

/** {@code java -jar legalkiosk.jar ...}: the one entry point of the kiosk and its tools. */
public final class LegalKioskMain {

    private LegalKioskMain() {
    }

    public static void main(String[] args) {
        // Before any command writes: every file in the data folder is the kiosk user's alone (issue 13).
        ProcessUmask.restrict();
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new RootCommand());
    }
}
