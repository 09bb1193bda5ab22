package org.legalkiosk.kiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Commands outside the product jar join {@code legalkiosk} through the service file of their jar. */
class ExtraCommandTest {

    /** Registered in this module's test resources, as the bench module registers {@code bench}. */
    @Command(name = "echo-extra", description = "Test command.")
    public static final class Echo implements Callable<Integer>, ExtraCommand {

        @Parameters
        String word;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println("heard " + word);
            return 7;
        }
    }

    @Test
    void aCommandListedInAServiceFileRunsAsASubcommand() {
        StringWriter out = new StringWriter();
        CommandLine cl = LegalKioskMain.commandLine();
        cl.setOut(new PrintWriter(out, true));
        assertEquals(7, cl.execute("echo-extra", "hello"));
        assertEquals("heard hello", out.toString().strip());
    }

    @Test
    void theProductJarAloneHasNoBenchCommand() {
        CommandLine cl = LegalKioskMain.commandLine();
        assertTrue(cl.getSubcommands().containsKey("run"));
        assertFalse(cl.getSubcommands().containsKey("bench"), "bench lives in the bench module");
    }
}
