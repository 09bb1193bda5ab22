package org.legalkiosk.hub.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.legalkiosk.hub.Hub;
import org.legalkiosk.hub.users.Role;
import org.legalkiosk.hub.users.User;
import picocli.CommandLine;

/** {@code county-hub user add|passwd|list}: console accounts. Passwords are read from the terminal or a file. */
@CommandLine.Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Console users.",
        subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.ListUsers.class})
final class UserCommand {

    static String readPassword(Path file) throws IOException {
        if (file != null) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no terminal to ask for the password: give --password-file FILE");
        }
        char[] first = console.readPassword("Password: ");
        char[] second = console.readPassword("Again: ");
        if (first == null || second == null || !new String(first).equals(new String(second))) {
            throw new IllegalArgumentException("the passwords differ");
        }
        return new String(first);
    }

    @CommandLine.Command(name = "add", mixinStandardHelpOptions = true, description = "Add a console user.")
    static final class Add implements Callable<Integer> {
        @CommandLine.Mixin
        DatabaseOptions database = new DatabaseOptions();

        @CommandLine.Option(names = "--demo", description = "use the demo's data directory")
        boolean demo;

        @CommandLine.Parameters(paramLabel = "NAME", description = "the login name")
        String username;

        @CommandLine.Option(
                names = "--role",
                required = true,
                description = "COUNTY_ADMIN, TOWNSHIP_OFFICER or AUDITOR")
        Role role;

        @CommandLine.Option(names = "--township", description = "the township a TOWNSHIP_OFFICER sees")
        String township;

        @CommandLine.Option(names = "--display-name")
        String displayName;

        @CommandLine.Option(names = "--password-file", paramLabel = "FILE")
        Path passwordFile;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            String password = readPassword(passwordFile);
            try (var db = database.open(demo, 2)) {
                User user = Hub.over(db.database().dataSource(), Clock.systemUTC(), Hub.DEFAULT_HEARTBEAT_SECONDS)
                        .users()
                        .add("cli:" + System.getProperty("user.name"), username, displayName, role, township, password);
                spec.commandLine().getOut().println("added " + user.username() + " (" + user.role() + ")");
            }
            return 0;
        }
    }

    @CommandLine.Command(
            name = "passwd",
            mixinStandardHelpOptions = true,
            description = "Set a user's password (ends their sessions).")
    static final class Passwd implements Callable<Integer> {
        @CommandLine.Mixin
        DatabaseOptions database = new DatabaseOptions();

        @CommandLine.Option(names = "--demo")
        boolean demo;

        @CommandLine.Parameters(paramLabel = "NAME")
        String username;

        @CommandLine.Option(names = "--password-file", paramLabel = "FILE")
        Path passwordFile;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            String password = readPassword(passwordFile);
            try (var db = database.open(demo, 2)) {
                Hub.over(db.database().dataSource(), Clock.systemUTC(), Hub.DEFAULT_HEARTBEAT_SECONDS)
                        .users()
                        .changePassword("cli:" + System.getProperty("user.name"), username, password);
                spec.commandLine().getOut().println("password of " + username + " changed; their sessions ended");
            }
            return 0;
        }
    }

    @CommandLine.Command(name = "list", mixinStandardHelpOptions = true, description = "List console users.")
    static final class ListUsers implements Callable<Integer> {
        @CommandLine.Mixin
        DatabaseOptions database = new DatabaseOptions();

        @CommandLine.Option(names = "--demo")
        boolean demo;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (var db = database.open(demo, 2)) {
                for (User u : Hub.over(db.database().dataSource(), Clock.systemUTC(), Hub.DEFAULT_HEARTBEAT_SECONDS)
                        .users()
                        .list()) {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    "%-20s %-17s %-12s %s%n",
                                    u.username(),
                                    u.role(),
                                    u.township() == null ? "-" : u.township(),
                                    u.disabled() ? "disabled" : "");
                }
            }
            return 0;
        }
    }
}
