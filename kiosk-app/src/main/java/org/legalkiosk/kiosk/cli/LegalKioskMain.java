package org.legalkiosk.kiosk.cli;

import java.util.ServiceLoader;

import org.legalkiosk.kiosk.privacy.ProcessUmask;
import picocli.CommandLine;

/** {@code java -jar legalkiosk.jar ...}: the one entry point of the kiosk and its tools. */
public final class LegalKioskMain {

    private LegalKioskMain() {}

    public static void main(String[] args) {
        // Before any command writes: every file in the data folder is the kiosk user's alone (issue 13).
        ProcessUmask.restrict();
        System.exit(commandLine().execute(args));
    }

    /** The root command with its own subcommands and every {@link ExtraCommand} found on the classpath. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new RootCommand());
        for (ExtraCommand extra : ServiceLoader.load(ExtraCommand.class)) {
            commandLine.addSubcommand(extra);
        }
        // A command on the kiosk's data folder runs as the folder's owner, or says how to (DataDirOwner).
        commandLine.setExecutionStrategy(DataDirOwner::checkThenRun);
        return commandLine;
    }
}
