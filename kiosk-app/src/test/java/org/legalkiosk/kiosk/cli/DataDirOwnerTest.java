package org.legalkiosk.kiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DataDirOwnerTest {

    @TempDir
    Path data;

    @Test
    void anotherUsersFolderIsRefusedWithTheCommandThatWorks() throws Exception {
        String owner = Files.getOwner(data).getName();
        Optional<String> problem =
                DataDirOwner.problem(data, "someone-else", List.of("outbox", "pending", "--data-dir", data.toString()));
        assertTrue(problem.isPresent());
        assertTrue(problem.get().contains("belongs to the user " + owner), problem.get());
        assertTrue(problem.get().contains("not as someone-else"), problem.get());
        assertTrue(
                problem.get().contains("sudo -u " + owner + " legalkiosk outbox pending --data-dir " + data),
                problem.get());
    }

    @Test
    void theOwnersFolderAndAFolderNotMadeYetPass() throws Exception {
        String owner = Files.getOwner(data).getName();
        assertEquals(Optional.empty(), DataDirOwner.problem(data, owner, List.of()));
        assertEquals(Optional.empty(), DataDirOwner.problem(data.resolve("new"), "someone-else", List.of()));
    }

    /** The whole command line, as root on a folder that belongs to nobody: only root can hand a folder away. */
    @Test
    void aCommandOnSomeoneElsesDataFolderExitsWith77AndChangesNothing() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to give the folder to another user");
        UserPrincipal nobody =
                data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(data, nobody);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LegalKioskMain.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute("outbox", "pending", "--data-dir", data.toString());
        assertEquals(DataDirOwner.NOT_THE_OWNER, exit, err.toString());
        assertTrue(
                err.toString().contains("sudo -u nobody legalkiosk outbox pending --data-dir " + data), err.toString());
        try (var files = Files.list(data)) {
            assertFalse(
                    files.findAny().isPresent(), "nothing written into the refused folder (no bookings.db, no -wal)");
        }
        assertEquals(0, cl.execute("outbox", "pending", "--help"), "help still works as anyone");
        assertTrue(
                cl.execute("audit", "verify", "--data-dir", data.toString()) != DataDirOwner.NOT_THE_OWNER,
                "root may verify the audit log: it only reads");
    }
}
