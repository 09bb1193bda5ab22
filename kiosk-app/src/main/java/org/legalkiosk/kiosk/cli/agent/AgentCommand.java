package org.legalkiosk.kiosk.cli.agent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code legalkiosk agent}: managing the kiosk's HTTP agent (see docs/agent-api.md). */
@Command(
        name = "agent",
        mixinStandardHelpOptions = true,
        description = "Manage the kiosk's remote-administration agent.",
        subcommands = {TokenCommand.class})
public final class AgentCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
