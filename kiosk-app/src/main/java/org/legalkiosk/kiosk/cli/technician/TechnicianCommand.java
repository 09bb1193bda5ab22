package org.legalkiosk.kiosk.cli.technician;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.Callable;

import org.legalkiosk.kiosk.config.PinHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code legalkiosk technician pin-hash}: reads a technician PIN (6-12 digits) from the terminal without echo, or
 * from standard input, and prints the line to put in {@code kiosk.yaml} under {@code technician: pinHash:}.
 */
@Command(
        name = "technician",
        mixinStandardHelpOptions = true,
        description = "The hidden technician screen on the terminal.",
        subcommands = {TechnicianCommand.PinHashCommand.class})
public final class TechnicianCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "pin-hash",
            mixinStandardHelpOptions = true,
            description = "Read a PIN (6-12 digits) and print its hash for kiosk.yaml (technician: pinHash:).")
    static final class PinHashCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String pin;
            if (System.console() != null) {
                char[] typed = System.console().readPassword("Technician PIN (6-12 digits): ");
                pin = typed == null ? "" : new String(typed);
            } else {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                pin = line == null ? "" : line.strip();
            }
            if (!PinHash.acceptable(pin)) {
                spec.commandLine()
                        .getErr()
                        .println(
                                "A technician PIN is " + PinHash.MIN_DIGITS + " to " + PinHash.MAX_DIGITS + " digits.");
                return 2;
            }
            spec.commandLine().getOut().println("technician:");
            spec.commandLine()
                    .getOut()
                    .println("  pinHash: \""
                            + PinHash.of(pin, new SecureRandom()).encoded() + "\"");
            return 0;
        }
    }
}
