package org.legalkiosk.kiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Every command that works on a data folder runs as the user who owns it. The kiosk's files there are private to
 * the {@code legalkiosk} user (0600, issue 13): another user cannot read them, and root could, but would leave
 * files (SQLite's -wal and -shm, a content version) that the kiosk then cannot open. So such a command is refused
 * before it starts, with the command line that works, instead of failing halfway with "permission denied".
 * Root may run the few commands that leave nothing of root's behind ({@link #ROOT_MAY_RUN}).
 */
public final class DataDirOwner {

    /** sysexits' EX_NOPERM: the user may not do this. */
    public static final int NOT_THE_OWNER = 77;

    /**
     * {@code provision} hands every file it writes to the folder's owner (so {@code sudo legalkiosk provision} from
     * a technician's file works); {@code audit verify} only reads.
     */
    static final Set<String> ROOT_MAY_RUN = Set.of("legalkiosk provision", "legalkiosk audit verify");

    private DataDirOwner() {}

    /** picocli's execution strategy: the check, then the command as usual. */
    public static int checkThenRun(ParseResult parsed) {
        ParseResult leaf = parsed;
        boolean help = parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested();
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
            help |= leaf.isUsageHelpRequested() || leaf.isVersionHelpRequested();
        }
        OptionSpec option = leaf.commandSpec().findOption("--data-dir");
        String user = System.getProperty("user.name");
        boolean rootMay =
                "root".equals(user) && ROOT_MAY_RUN.contains(leaf.commandSpec().qualifiedName());
        if (!help && !rootMay && option != null && option.getValue() instanceof Path dir) {
            Optional<String> problem = problem(dir, user, parsed.originalArgs());
            if (problem.isPresent()) {
                leaf.commandSpec().commandLine().getErr().println(problem.get());
                return NOT_THE_OWNER;
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /**
     * @param user the user running the command
     * @param args the command line as typed, for the one to type instead
     * @return why the command may not run on {@code dir} as {@code user}; empty for a folder that does not exist
     *         yet (the command creates it) or that belongs to the user
     */
    static Optional<String> problem(Path dir, String user, List<String> args) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        String owner;
        try {
            owner = Files.getOwner(dir).getName();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        if (owner.equals(user)) {
            return Optional.empty();
        }
        return Optional.of("legalkiosk: the data folder " + dir + " belongs to the user " + owner
                + " and its files are private to " + owner + " (0600), so this command must run as " + owner
                + ", not as " + user + ":\n  sudo -u " + owner + " legalkiosk " + String.join(" ", args));
    }
}
