package org.legalkiosk.kiosk.cli;

import picocli.CommandLine;

/** {@code java -jar legalkiosk.jar ...}: the one entry point of the kiosk and its tools. */
public final class LegalKioskMain {

    private LegalKioskMain() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new RootCommand());
    }
}
