package org.legalkiosk.kiosk.cli.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.legalkiosk.kiosk.store.AuditChain;
import org.legalkiosk.kiosk.store.FileAuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code legalkiosk audit verify}: checks the audit log's hash chain and names the first broken link. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Check the kiosk's audit log.",
        subcommands = {AuditCommand.Verify.class})
public final class AuditCommand implements Runnable {

    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int UNREADABLE = 3;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = "Check every link of DATA_DIR/audit.log; print the head hash to keep elsewhere, or the "
                    + "first line that does not follow from the one before.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the chain is intact", "1:a link is broken", "2:bad options", "3:the log cannot be read"})
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(
                names = "--data-dir",
                paramLabel = "DIR",
                defaultValue = "/var/lib/legalkiosk",
                description = "The kiosk's data directory (default: ${DEFAULT-VALUE}).")
        Path dataDir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            AuditChain.Report report;
            try {
                report = new FileAuditLog(dataDir).verify();
            } catch (IOException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("legalkiosk audit verify: " + e.getMessage());
                err.flush();
                return UNREADABLE;
            }
            if (!report.intact()) {
                out.println("BROKEN at line " + report.brokenAtLine() + ": " + report.problem());
                out.flush();
                return BROKEN;
            }
            out.println("OK: " + report.lines() + " lines, chain intact"
                    + (report.unchained() > 0
                            ? "; the first " + report.unchained() + " lines predate the chain and "
                                    + "cannot be checked"
                            : "")
                    + "; head " + report.head());
            out.flush();
            return INTACT;
        }
    }
}
