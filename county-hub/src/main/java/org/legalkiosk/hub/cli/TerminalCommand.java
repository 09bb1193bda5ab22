package org.legalkiosk.hub.cli;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.legalkiosk.hub.Hub;
import org.legalkiosk.hub.terminals.Provisioned;
import org.legalkiosk.hub.terminals.TerminalRow;
import org.legalkiosk.hub.web.console.Fmt;
import picocli.CommandLine;

/** {@code county-hub terminal enrol|revoke|list}: provisioning terminals. */
@CommandLine.Command(
        name = "terminal",
        mixinStandardHelpOptions = true,
        description = "Terminals.",
        subcommands = {TerminalCommand.Enrol.class, TerminalCommand.Revoke.class, TerminalCommand.ListTerminals.class})
final class TerminalCommand {

    private static String actor() {
        return "cli:" + System.getProperty("user.name");
    }

    @CommandLine.Command(
            name = "enrol",
            mixinStandardHelpOptions = true,
            description = "Create a terminal (or re-provision one) and print its one-time enrolment code.")
    static final class Enrol implements Callable<Integer> {
        @CommandLine.Mixin
        DatabaseOptions database = new DatabaseOptions();

        @CommandLine.Option(names = "--demo")
        boolean demo;

        @CommandLine.Parameters(paramLabel = "ID", description = "e.g. chengguan-dongjie")
        String id;

        @CommandLine.Option(names = "--name", required = true, description = "e.g. 东街村公共法律服务站")
        String name;

        @CommandLine.Option(names = "--township", required = true)
        String township;

        @CommandLine.Option(names = "--group", required = true)
        String group;

        @CommandLine.Option(
                names = "--offline-after",
                defaultValue = "300",
                description = "seconds without a heartbeat before the group's terminals count as offline (a new group"
                        + " only); default ${DEFAULT-VALUE}")
        int offlineAfter;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (var db = database.open(demo, 2)) {
                Hub hub = Hub.over(db.database().dataSource(), Clock.systemUTC(), Hub.DEFAULT_HEARTBEAT_SECONDS);
                if (hub.groups().list().stream().noneMatch(g -> g.name().equals(group))) {
                    hub.groups().put(actor(), group, offlineAfter);
                }
                Provisioned p = hub.terminals().provision(actor(), id, name, township, group);
                var out = spec.commandLine().getOut();
                out.println("terminal " + p.terminalId() + " provisioned");
                out.println("enrolment code (once, valid until " + Fmt.time(p.expiresAt()) + "): " + p.enrolCode());
            }
            return 0;
        }
    }

    @CommandLine.Command(
            name = "revoke",
            mixinStandardHelpOptions = true,
            description = "Refuse a terminal's token from now on.")
    static final class Revoke implements Callable<Integer> {
        @CommandLine.Mixin
        DatabaseOptions database = new DatabaseOptions();

        @CommandLine.Option(names = "--demo")
        boolean demo;

        @CommandLine.Parameters(paramLabel = "ID")
        String id;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (var db = database.open(demo, 2)) {
                Hub.over(db.database().dataSource(), Clock.systemUTC(), Hub.DEFAULT_HEARTBEAT_SECONDS)
                        .terminals()
                        .revoke(actor(), id);
                spec.commandLine().getOut().println("terminal " + id + " revoked");
            }
            return 0;
        }
    }

    @CommandLine.Command(name = "list", mixinStandardHelpOptions = true, description = "List terminals.")
    static final class ListTerminals implements Callable<Integer> {
        @CommandLine.Mixin
        DatabaseOptions database = new DatabaseOptions();

        @CommandLine.Option(names = "--demo")
        boolean demo;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (var db = database.open(demo, 2)) {
                for (TerminalRow t : Hub.over(
                                db.database().dataSource(), Clock.systemUTC(), Hub.DEFAULT_HEARTBEAT_SECONDS)
                        .fleet()
                        .terminals(Optional.empty())) {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    "%-24s %-12s %-10s %-13s %s%n",
                                    t.id(), t.township(), t.group(), t.statusKey(), Fmt.time(t.lastSeen()));
                }
            }
            return 0;
        }
    }
}
