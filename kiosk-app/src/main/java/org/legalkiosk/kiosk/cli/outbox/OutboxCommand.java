package org.legalkiosk.kiosk.cli.outbox;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.Outbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code legalkiosk outbox pending}: how many bookings, cancellations and counts still wait for delivery to the
 * county. The package's removal script asks this, so that a later purge erases bookings only once delivered.
 */
@Command(
        name = "outbox",
        mixinStandardHelpOptions = true,
        description = "What still waits for delivery to the county.",
        subcommands = {OutboxCommand.Pending.class})
public final class OutboxCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "pending",
            mixinStandardHelpOptions = true,
            description = "Print the number of events not yet delivered (0 when there is no booking store).",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:printed", "1:the booking store cannot be read"})
    static final class Pending implements Callable<Integer> {
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
            if (!Files.exists(dataDir.resolve(BookingStore.DATABASE_FILE))) {
                out.println(0);
                out.flush();
                return 0;
            }
            try (BookingStore store = BookingStore.open(dataDir)) {
                out.println(new Outbox(store).pendingCount());
                out.flush();
                return 0;
            } catch (RuntimeException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("outbox: cannot read the booking store in " + dataDir + ": " + e.getMessage());
                err.flush();
                return 1;
            }
        }
    }
}
