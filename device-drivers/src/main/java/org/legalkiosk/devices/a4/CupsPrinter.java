package org.legalkiosk.devices.a4;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.TrackedDevice;
import org.legalkiosk.devices.process.Executables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CUPS queue. Prints with {@code lp -d QUEUE file.pdf}; reads the queue's state and reasons over IPP with
 * {@code ipptool} (package cups-ipp-utils), or from {@code lpstat -p QUEUE -l} where ipptool is missing.
 */
public final class CupsPrinter extends TrackedDevice implements DocumentPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(CupsPrinter.class);
    private static final Pattern REQUEST_ID = Pattern.compile("request id is (\\S+)");

    /**
     * @param queue   the CUPS queue name, e.g. {@code PDF} or {@code HP_LaserJet}
     * @param server  {@code host[:port]} of the CUPS server, or empty for the local one
     * @param timeout the longest any CUPS tool may take to answer
     */
    public record Settings(String queue, String server, Duration timeout) {

        public Settings {
            Objects.requireNonNull(queue, "queue");
            server = server == null ? "" : server;
            Objects.requireNonNull(timeout, "timeout");
        }

        public static Settings local(String queue) {
            return new Settings(queue, "", Duration.ofSeconds(10));
        }

        /** From a device entry: {@code queue} (required), {@code server}, {@code timeoutMillis} (10000). */
        public static Settings from(DeviceConfig config) {
            return new Settings(
                    config.requireProperty("queue"),
                    config.property("server", ""),
                    config.millisProperty("timeoutMillis", Duration.ofSeconds(10)));
        }
    }

    private final Settings settings;

    public CupsPrinter(String id, Settings settings, Clock clock) {
        super(id, clock, InitialStatus.NOT_CHECKED);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public List<String> printCommand(Path pdf, String title) {
        List<String> command = new ArrayList<>(List.of("lp"));
        serverOption(command);
        command.addAll(List.of("-d", settings.queue(), "-t", title, "--", pdf.toString()));
        return command;
    }

    @Override
    public PrintJob print(Path pdf, String title) throws DocumentPrintException {
        if (!Files.isReadable(pdf)) {
            throw new DocumentPrintException("Cannot read " + pdf, status());
        }
        DeviceStatus before = status();
        if (before.state() == DeviceState.DISCONNECTED) {
            throw new DocumentPrintException("Not printed: " + before.description(), before);
        }
        Command.Output output = run(printCommand(pdf, title));
        Matcher m = REQUEST_ID.matcher(output.out());
        if (!output.ok() || !m.find()) {
            throw new DocumentPrintException(
                    "The queue " + settings.queue() + " refused the job: " + output.both(), status());
        }
        String job = m.group(1);
        LOG.info("Queued job {} on {}", job, settings.queue());
        return new PrintJob(job, settings.queue());
    }

    @Override
    public DeviceStatus status() {
        Command.Output ipp = Executables.isInstalled("ipptool") ? run(ippCommand()) : null;
        Optional<QueueState> state = ipp == null ? Optional.empty() : QueueState.fromIpptool(ipp.out());
        Command.Output lpstat = null;
        if (state.isEmpty()) {
            lpstat = run(lpstatCommand());
            state = lpstat.ok() ? QueueState.fromLpstat(lpstat.out()) : Optional.empty();
        }
        if (state.isEmpty()) {
            String said = (ipp != null ? ipp.both() + "\n" : "") + (lpstat != null ? lpstat.both() : "");
            return unreachable(said.strip());
        }
        QueueState.Verdict verdict = state.get().verdict();
        return tracker().update(verdict.state(), verdict.reason(), verdict.description());
    }

    private DeviceStatus unreachable(String said) {
        String lower = said.toLowerCase();
        if (lower.contains("not-found") || lower.contains("invalid destination") || lower.contains("not found")) {
            return tracker()
                    .update(DeviceState.DISCONNECTED, "no-queue", "CUPS has no queue named " + settings.queue());
        }
        return tracker()
                .update(
                        DeviceState.DISCONNECTED,
                        "cups-unreachable",
                        "Cannot reach CUPS" + (said.isEmpty() ? "" : ": " + firstLine(said)));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    List<String> ippCommand() {
        String host = settings.server().isEmpty() ? "localhost" : settings.server();
        return List.of(
                "ipptool",
                "-T",
                Long.toString(Math.max(1, settings.timeout().toSeconds())),
                "-tv",
                "ipp://" + host + "/printers/" + settings.queue(),
                "get-printer-attributes.test");
    }

    List<String> lpstatCommand() {
        List<String> command = new ArrayList<>(List.of("lpstat"));
        serverOption(command);
        command.addAll(List.of("-p", settings.queue(), "-l"));
        return command;
    }

    private void serverOption(List<String> command) {
        if (!settings.server().isEmpty()) {
            command.addAll(List.of("-h", settings.server()));
        }
    }

    private Command.Output run(List<String> command) {
        try {
            return Command.run(command, settings.timeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Command.Output(-1, "", "interrupted");
        }
    }

    @Override
    public void close() {
        // every call is its own process: nothing held
    }
}
