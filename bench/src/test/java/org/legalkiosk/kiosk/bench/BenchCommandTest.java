package org.legalkiosk.kiosk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.kiosk.cli.LegalKioskMain;
import picocli.CommandLine;

/** With this module's jar on the classpath, {@code legalkiosk bench} is one of the kiosk's commands. */
class BenchCommandTest {

    @TempDir
    Path empty;

    @Test
    void benchJoinsTheLegalkioskCommandLine() {
        CommandLine cl = LegalKioskMain.commandLine();
        assertInstanceOf(BenchCommand.class, cl.getSubcommands().get("bench").getCommand());
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        assertEquals(0, cl.execute("bench", "--help"));
        assertTrue(out.toString().contains("--rounds"), out.toString());
    }

    @Test
    void aFolderWithoutContentIsRefusedWithTheOptionToUse() {
        StringWriter err = new StringWriter();
        CommandLine cl = LegalKioskMain.commandLine();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(2, cl.execute("bench", "--content-dir", empty.toString()));
        assertTrue(err.toString().contains("is not a content folder (use --content-dir)"), err.toString());
    }
}
