package org.legalkiosk.kiosk.cli.agent;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.legalkiosk.kiosk.store.AuditLog;
import org.legalkiosk.kiosk.store.FileAuditLog;
import org.legalkiosk.kiosk.store.Role;
import org.legalkiosk.kiosk.store.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code legalkiosk agent token create|list|revoke}: the bearer tokens the agent accepts. Changes count at once,
 * also in a running kiosk, because the agent reads the token file on each request.
 */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = "Create, list and revoke the agent's bearer tokens.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal failure", "2:bad options or arguments", "4:no such token"})
public final class TokenCommand implements Runnable {

    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int USAGE = 2;
    static final int NOT_FOUND = 4;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The data directory option every token command shares. */
    static final class DataDir {
        @Option(
                names = "--data-dir",
                paramLabel = "DIR",
                defaultValue = "/var/lib/legalkiosk",
                description = "The kiosk's data directory (default: ${DEFAULT-VALUE}).")
        Path dataDir;

        TokenStore store() {
            return new TokenStore(dataDir, Clock.systemUTC());
        }

        /** Token changes from the console are audited like the agent's own changes. */
        void audit(String subject, String detail) throws IOException {
            new FileAuditLog(dataDir)
                    .append(AuditLog.Entry.local(
                            Clock.systemUTC().instant(), AuditLog.Entry.consoleUser(), "CLI", subject, true, detail));
        }
    }

    static int fail(CommandSpec spec, int code, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + message);
        err.flush();
        return code;
    }

    static void out(CommandSpec spec, String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Create a token and print its secret; it is shown this once and stored only as a hash.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        DataDir data;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, publisher or admin.")
        String role;

        @Option(
                names = "--name",
                paramLabel = "NAME",
                description = "Who or what holds the token, e.g. county-dashboard.")
        String name;

        @Override
        public Integer call() {
            Role r;
            try {
                r = Role.parse(role);
            } catch (IllegalArgumentException e) {
                return fail(spec, USAGE, e.getMessage());
            }
            try {
                TokenStore.IssuedToken t = data.store().create(r, name);
                data.audit(
                        "agent token create",
                        "token " + t.info().id() + " (" + t.info().name() + ", " + r.wireName() + ") created");
                out(spec, t.secret());
                PrintWriter err = spec.commandLine().getErr();
                err.println("Token " + t.info().id() + " (" + t.info().name() + ", " + r.wireName()
                        + ") created. Keep the secret above; it cannot be shown again.");
                err.flush();
                return OK;
            } catch (IllegalArgumentException e) {
                return fail(spec, USAGE, e.getMessage());
            } catch (IOException e) {
                return fail(spec, INTERNAL, e.getMessage());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        DataDir data;

        @Override
        public Integer call() {
            try {
                List<TokenStore.TokenInfo> tokens = data.store().list();
                if (tokens.isEmpty()) {
                    out(spec, "No agent tokens.");
                }
                for (TokenStore.TokenInfo t : tokens) {
                    out(
                            spec,
                            String.format(
                                    "%-8s  %-9s  %-24s  %s",
                                    t.id(), t.role().wireName(), t.name(), t.created() == null ? "" : t.created()));
                }
                return OK;
            } catch (IOException e) {
                return fail(spec, INTERNAL, e.getMessage());
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        DataDir data;

        @Parameters(index = "0", paramLabel = "ID", description = "The token's id, as `token list` shows it.")
        String id;

        @Override
        public Integer call() {
            try {
                java.util.Optional<TokenStore.TokenInfo> held = data.store().list().stream()
                        .filter(t -> t.id().equals(id))
                        .findFirst();
                if (!data.store().revoke(id)) {
                    return fail(spec, NOT_FOUND, "no token with id " + id);
                }
                data.audit(
                        "agent token revoke",
                        "token " + id
                                + held.map(t -> " (" + t.name() + ", "
                                                + t.role().wireName() + ")")
                                        .orElse("") + " revoked");
                out(spec, "Token " + id + " revoked.");
                return OK;
            } catch (IOException e) {
                return fail(spec, INTERNAL, e.getMessage());
            }
        }
    }
}
