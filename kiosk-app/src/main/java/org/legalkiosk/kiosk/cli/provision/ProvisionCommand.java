package org.legalkiosk.kiosk.cli.provision;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.legalkiosk.kiosk.provision.Provisioner;
import org.legalkiosk.kiosk.provision.ProvisioningException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code legalkiosk provision FILE}: sets up a terminal from the county's provisioning file, all or nothing (see
 * {@link Provisioner}). Prints what was set; on a refused file, every problem, and the terminal is unchanged.
 */
@Command(
        name = "provision",
        mixinStandardHelpOptions = true,
        description = "Set this terminal's identity, trusted content keys, tokens, endpoints and TLS from one file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:provisioned",
            "1:could not write the data directory",
            "2:the file was refused; nothing changed"
        })
public final class ProvisionCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int IO_FAILURE = 1;
    static final int REFUSED = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The provisioning file (YAML) from the county.")
    Path file;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            defaultValue = "/var/lib/legalkiosk",
            description = "The kiosk's data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!Files.isDirectory(dataDir)) {
                err.println("provision: no data directory " + dataDir + " (is the legalkiosk package installed?)");
                return REFUSED;
            }
            Provisioner.Outcome done = new Provisioner(dataDir, Clock.systemUTC()).apply(file);
            out.println("Provisioned terminal " + done.terminalId() + " in " + dataDir + ": trusted keys "
                    + String.join(", ", done.keyIds()) + (done.tls() ? "; agent TLS" : "; no agent TLS")
                    + ". Restart the kiosk to use the new settings: systemctl restart legalkiosk");
            return OK;
        } catch (ProvisioningException e) {
            err.println("provision: refused " + file + "; nothing on this terminal was changed:");
            e.problems().forEach(p -> err.println("  - " + p));
            return REFUSED;
        } catch (IOException e) {
            err.println("provision: could not write " + dataDir + ": " + e.getMessage());
            return IO_FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
