package org.legalkiosk.kiosk.cli.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.kiosk.cli.LegalKioskMain;
import picocli.CommandLine;

/** The command line around the provisioner: what an operator sees and the exit codes scripts rely on. */
class ProvisionCommandTest {

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LegalKioskMain.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void aGoodFileIsAppliedAndARefusedOneListsItsProblems(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        String key = SigningKeys.publicPem(SigningKeys.generate().publicKey())
                .strip()
                .indent(4)
                .stripTrailing();
        Path good = Files.writeString(dir.resolve("p.yaml"), """
                terminal: {id: t-1, name: Village hall, office: Township office}
                trustedKeys:
                  - |
                %s
                agent: {countyToken: abcdefghijklmnopqrstuvwxyz}
                sync: {endpoint: "https://sync.example.gov.cn/e", token: abcdefghijklmnopqrstuvwxyz}
                pull: {channel: "https://content.example.gov.cn/c/channel.json"}
                """.formatted(key));
        Run ok = run("provision", good.toString(), "--data-dir", data.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().startsWith("Provisioned terminal t-1"), ok.out());

        Path bad = Files.writeString(dir.resolve("bad.yaml"), "terminal: {id: T 1}\n");
        Run refused = run("provision", bad.toString(), "--data-dir", data.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("nothing on this terminal was changed"), refused.err());
        assertTrue(refused.err().contains("  - terminal.id must be"), refused.err());
        assertTrue(refused.err().contains("  - pull.channel is required"), refused.err());
    }

    @Test
    void theOutboxOfATerminalWithoutBookingsIsEmpty(@TempDir Path data) {
        Run r = run("outbox", "pending", "--data-dir", data.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("0", r.out().strip());
    }
}
