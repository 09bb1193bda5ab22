package org.legalkiosk.hub.cli;

import java.util.ServiceLoader;

import picocli.CommandLine;

/** {@code java -jar county-hub.jar ...}. Exit codes: 0 done, 1 failed, 2 bad usage or settings. */
public final class HubMain {

    private HubMain() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The root command with its own subcommands and every {@link HubExtraCommand} found on the classpath. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RootCommand());
        for (HubExtraCommand extra : ServiceLoader.load(HubExtraCommand.class)) {
            cli.addSubcommand(extra);
        }
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
                commandLine.getErr().println("county-hub: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli;
    }

    @CommandLine.Command(
            name = "county-hub",
            mixinStandardHelpOptions = true,
            version = "county-hub 0.1.0",
            description = "The county hub: terminals call out to it; the county's web console.",
            subcommands = {RunCommand.class, UserCommand.class, TerminalCommand.class})
    static final class RootCommand {}
}
