package org.legalkiosk.kiosk.cli.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.kiosk.cli.LegalKioskMain;
import org.legalkiosk.kiosk.store.Role;
import org.legalkiosk.kiosk.store.TokenStore;
import picocli.CommandLine;

/** {@code legalkiosk agent token create|list|revoke} against a real data folder. */
class TokenCommandTest {

    @TempDir
    Path data;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LegalKioskMain.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void createPrintsTheSecretOnceAndListNeverShowsIt() throws Exception {
        Run created = run(
                "agent",
                "token",
                "create",
                "--role",
                "publisher",
                "--name",
                "county-editor",
                "--data-dir",
                data.toString());
        assertEquals(0, created.exit(), created.err());
        String secret = created.out().trim();
        assertEquals(43, secret.length(), created.out());
        assertTrue(created.err().contains("cannot be shown again"));
        TokenStore store = new TokenStore(data, Clock.systemUTC());
        assertEquals(Role.PUBLISHER, store.authenticate(secret).orElseThrow().role());

        Run list = run("agent", "token", "list", "--data-dir", data.toString());
        assertEquals(0, list.exit());
        assertTrue(list.out().contains("county-editor") && list.out().contains("publisher"), list.out());
        assertFalse(list.out().contains(secret));
        assertFalse(Files.readString(store.file()).contains(secret));
    }

    @Test
    void revokeRemovesATokenAndSaysWhenThereIsNone() throws Exception {
        run("agent", "token", "create", "--role", "admin", "--data-dir", data.toString());
        String id = new TokenStore(data, Clock.systemUTC()).list().get(0).id();
        assertEquals(
                0,
                run("agent", "token", "revoke", id, "--data-dir", data.toString())
                        .exit());
        assertTrue(run("agent", "token", "list", "--data-dir", data.toString())
                .out()
                .contains("No agent tokens."));
        Run again = run("agent", "token", "revoke", id, "--data-dir", data.toString());
        assertEquals(TokenCommand.NOT_FOUND, again.exit());
        assertTrue(again.err().contains("no token with id"), again.err());
    }

    @Test
    void anUnknownRoleIsAUsageError() {
        Run r = run("agent", "token", "create", "--role", "root", "--data-dir", data.toString());
        assertEquals(TokenCommand.USAGE, r.exit());
        assertTrue(r.err().contains("viewer, publisher or admin"), r.err());
        assertFalse(Files.exists(data.resolve(TokenStore.FILE_NAME)));
    }
}
