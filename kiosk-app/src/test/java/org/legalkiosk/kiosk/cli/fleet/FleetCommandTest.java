package org.legalkiosk.kiosk.cli.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.kiosk.agent.AgentConfig;
import org.legalkiosk.kiosk.agent.AgentServer;
import org.legalkiosk.kiosk.agent.AgentServices;
import org.legalkiosk.kiosk.agent.usb.SignedBundles;
import org.legalkiosk.kiosk.cli.LegalKioskMain;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.legalkiosk.kiosk.store.Role;
import org.legalkiosk.kiosk.testing.TestKiosk;
import picocli.CommandLine;

/** {@code legalkiosk fleet} against 20 real agents on loopback, some of them stopped. */
class FleetCommandTest {

    private static final int KIOSKS = 20;

    @TempDir
    Path dir;

    private final List<AgentServer> servers = new ArrayList<>();
    private final List<AgentServices> services = new ArrayList<>();
    private final List<Boolean> down = new ArrayList<>();
    private SignedBundles bundles;
    private Path targets;
    private Path tokenFile;

    private record Run(int exit, String out, String err) {}

    @BeforeEach
    void startFleet() throws Exception {
        bundles = new SignedBundles(dir.resolve("bundles"));
        Path tokens = null;
        StringBuilder list = new StringBuilder("# the county's kiosks\n");
        for (int i = 0; i < KIOSKS; i++) {
            Path data = Files.createDirectories(dir.resolve("kiosk-" + i));
            bundles.trustIn(data);
            AgentServices s = AgentServices.forDataDir(data, "0.1.0-SNAPSHOT", TestKiosk.CLOCK);
            if (tokens == null) {
                String secret = s.tokens().create(Role.ADMIN, "fleet").secret();
                tokenFile = Files.writeString(dir.resolve("token"), secret + "\n");
                tokens = s.tokens().file();
            } else {
                // One token for the whole fleet: every kiosk holds the same hash.
                Path target = data.resolve(tokens.getFileName());
                Files.createDirectories(target.getParent());
                Files.copy(tokens, target, StandardCopyOption.REPLACE_EXISTING);
            }
            AgentServer server = AgentServer.newServer(AgentConfig.plain("127.0.0.1", 0, data), s)
                    .start();
            servers.add(server);
            services.add(s);
            down.add(false);
            list.append(server.uri())
                    .append(i % 5 == 0 ? "   # village " + i : "")
                    .append('\n');
        }
        targets = Files.writeString(dir.resolve("targets.txt"), list.toString());
    }

    @AfterEach
    void stopFleet() throws Exception {
        for (int i = 0; i < servers.size(); i++) {
            if (!down.get(i)) {
                servers.get(i).close();
            }
        }
    }

    private void stop(int... kiosks) throws Exception {
        for (int k : kiosks) {
            servers.get(k).close();
            down.set(k, true);
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LegalKioskMain.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private String[] fleet(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--targets",
                targets.toString(),
                "--token-file",
                tokenFile.toString(),
                "--retries",
                "2",
                "--retry-delay",
                "50ms"));
        return all.toArray(String[]::new);
    }

    private long version(int kiosk) throws IOException {
        return services.get(kiosk)
                .content()
                .current()
                .map(ContentAdmin.Version::version)
                .orElse(0L);
    }

    @Test
    void pushReportsEveryKioskFailsForTheStoppedOnesAndTheLiveOnesGetTheVersion() throws Exception {
        stop(3, 7, 15);
        Run push = run(fleet("fleet", "push", bundles.build(4).toString(), "--parallel", "6"));

        assertEquals(1, push.exit(), push.out() + push.err());
        for (int i = 0; i < KIOSKS; i++) {
            String line = push.out()
                    .lines()
                    .filter(l -> l.startsWith(servers.get(0).uri().getScheme()))
                    .toList()
                    .get(i);
            if (down.get(i)) {
                assertTrue(
                        line.contains("FAILED") && line.contains("unreachable") && line.contains("3 attempts"), line);
            } else {
                assertTrue(line.contains("OK") && line.contains("version 4 active"), line);
                assertEquals(4, version(i), "kiosk " + i);
            }
        }
        assertTrue(push.out().contains("17 of 20 kiosks OK, 3 failed"), push.out());

        Run again = run(fleet("fleet", "push", bundles.build(4).toString()));
        assertTrue(
                again.out().contains("up to date"), "a second push finds the live kiosks up to date: " + again.out());
        assertEquals(1, again.exit());
    }

    @Test
    void statusIsATableOfEveryKiosk() throws Exception {
        stop(0);
        Run status = run(fleet("fleet", "status"));
        assertEquals(1, status.exit(), status.err());
        List<String> lines = status.out().lines().toList();
        assertTrue(lines.get(0).startsWith("KIOSK") && lines.get(0).contains("LAST ERROR"), lines.get(0));
        assertTrue(lines.get(1).contains(" no ") && lines.get(1).contains("unreachable"), lines.get(1));
        assertTrue(
                lines.get(2).contains(" yes ")
                        && lines.get(2).contains("0.1.0-SNAPSHOT")
                        && lines.get(2).contains("none"),
                lines.get(2));
    }

    @Test
    void aNoticeIsAddedAndRemovedEverywhere() throws Exception {
        Run add = run(fleet(
                "fleet", "notice", "add", "--id", "office-closed", "--title-zh", "今天司法所不办公", "--priority", "urgent"));
        assertEquals(0, add.exit(), add.out() + add.err());
        for (AgentServices s : services) {
            assertEquals(1, s.notices().list().size());
        }
        Run remove = run(fleet("fleet", "notice", "remove", "office-closed"));
        assertEquals(0, remove.exit(), remove.out() + remove.err());
        for (AgentServices s : services) {
            assertEquals(0, s.notices().list().size());
        }
    }

    @Test
    void aWrongTokenIsAFinalFailureNotRetried() throws Exception {
        Files.writeString(tokenFile, "not-a-token\n");
        Run status = run(fleet("fleet", "status"));
        assertEquals(1, status.exit());
        assertTrue(status.out().contains("HTTP 401"), status.out());
        assertTrue(!status.out().contains("attempts"), "401 is not retried: " + status.out());
    }

    @Test
    void aMissingTargetsFileIsAUsageError() {
        Run r = run(
                "fleet",
                "status",
                "--targets",
                dir.resolve("none.txt").toString(),
                "--token-file",
                tokenFile.toString());
        assertEquals(2, r.exit());
    }
}
