package org.legalkiosk.kiosk.cli;

import org.legalkiosk.kiosk.cli.content.ContentCommand;
import picocli.CommandLine.Command;

/** {@code legalkiosk}: subcommands for running the kiosk and, later, managing content, the agent and devices. */
@Command(
        name = "legalkiosk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Legal Kiosk: plain-language law and legal services for village touch terminals.",
        subcommands = {
            RunCommand.class,
            ContentCommand.class,
            org.legalkiosk.kiosk.cli.agent.AgentCommand.class,
            org.legalkiosk.kiosk.cli.channel.ChannelCommand.class,
            org.legalkiosk.kiosk.cli.fleet.FleetCommand.class,
            org.legalkiosk.kiosk.cli.doctor.DoctorCommand.class,
            org.legalkiosk.kiosk.cli.technician.TechnicianCommand.class,
            org.legalkiosk.kiosk.cli.audit.AuditCommand.class,
            org.legalkiosk.kiosk.cli.provision.ProvisionCommand.class,
            org.legalkiosk.kiosk.cli.outbox.OutboxCommand.class,
            picocli.CommandLine.HelpCommand.class
        })
public final class RootCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
