package org.legalkiosk.kiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.source.ContentValidationException;
import org.legalkiosk.content.statute.StatuteDirectory;
import org.legalkiosk.kiosk.app.KioskLauncher;
import org.legalkiosk.kiosk.config.AgentSettings;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.config.KioskSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code legalkiosk run}: starts the kiosk. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Start the kiosk: full screen on a terminal, a window with --demo, no screen with --headless.")
public final class RunCommand implements Callable<Integer> {

    static final int EXIT_BAD_CONTENT = 3;
    static final int EXIT_BAD_CONFIG = 2;

    @Option(names = "--demo", description = "Simulated devices and the bundled sample content, in a window.")
    boolean demo;

    @Option(names = "--headless", description = "Run the whole kiosk without a display (servers and tests).")
    boolean headless;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description =
                    "Where the kiosk keeps its state. Default: /var/lib/legalkiosk, or ~/.legalkiosk-demo with --demo.")
    Path dataDir;

    @Option(
            names = "--content-dir",
            paramLabel = "DIR",
            description = "Show content from this folder instead of the bundled sample content.")
    Path contentDir;

    @Option(
            names = "--statutes-dir",
            paramLabel = "DIR",
            description = "Official statute texts (default: found automatically, e.g. ../shared/data/laws).")
    Path statutesDir;

    @Option(
            names = "--idle-timeout",
            paramLabel = "SECONDS",
            description = "Return to Home after this many seconds without a touch (default: 90).")
    Integer idleTimeoutSeconds;

    @Option(
            names = "--window",
            paramLabel = "WIDTHxHEIGHT",
            description = "Window size in demo mode (default: 1600x900).")
    String window = "1600x900";

    @Option(
            names = "--agent-port",
            paramLabel = "PORT",
            description =
                    "Port of the HTTP agent (default: agent.port in kiosk.yaml, else 8421; 0 picks a free port and writes it to DATA_DIR/agent.port).")
    Integer agentPort;

    @Option(
            names = "--agent-bind",
            paramLabel = "ADDRESS",
            description = "Address the agent listens on (default: agent.bind in kiosk.yaml, else 127.0.0.1); any other "
                    + "address than loopback needs agent.tls in kiosk.yaml (docs/security.md).")
    String agentBind;

    @Option(names = "--no-agent", description = "Do not start the HTTP agent.")
    boolean noAgent;

    @Override
    public Integer call() {
        KioskConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException | IOException | KioskSettings.InvalidSettingsException e) {
            System.err.println("legalkiosk: " + e.getMessage());
            return EXIT_BAD_CONFIG;
        }
        try {
            // Blocks until the kiosk ends; pull mode runs beside the screen, over the same stores as the agent.
            KioskLauncher.launch(config);
            return 0;
        } catch (ContentValidationException e) {
            System.err.println("legalkiosk: the content cannot be shown:\n" + e.getMessage());
            return EXIT_BAD_CONTENT;
        }
    }

    KioskConfig config() throws IOException, KioskSettings.InvalidSettingsException {
        Path data = dataDir != null
                ? dataDir
                : demo ? Path.of(System.getProperty("user.home"), ".legalkiosk-demo") : Path.of("/var/lib/legalkiosk");
        Files.createDirectories(data);
        KioskSettings settings = KioskSettings.read(data);
        int seconds = idleTimeoutSeconds != null
                ? idleTimeoutSeconds
                : settings.idleTimeoutSeconds() != null
                        ? settings.idleTimeoutSeconds()
                        : (int) KioskConfig.DEFAULT_IDLE_TIMEOUT.toSeconds();
        if (seconds < 1) {
            throw new IllegalArgumentException("--idle-timeout must be at least 1 second");
        }
        Optional<Path> content = Optional.ofNullable(contentDir)
                .or(() -> Optional.ofNullable(settings.contentDir()).map(Path::of));
        if (content.isPresent() && !Files.isDirectory(content.get())) {
            throw new IllegalArgumentException("content folder " + content.get() + " does not exist");
        }
        Optional<Path> statutes = Optional.ofNullable(statutesDir)
                .or(() -> Optional.ofNullable(settings.statuteDir()).map(Path::of))
                .or(StatuteDirectory::locate);
        if (statutes.isPresent() && !Files.isDirectory(statutes.get())) {
            throw new IllegalArgumentException("statutes folder " + statutes.get() + " does not exist");
        }
        String[] size = window.toLowerCase().split("x");
        if (size.length != 2 || !size[0].matches("\\d{3,5}") || !size[1].matches("\\d{3,5}")) {
            throw new IllegalArgumentException("--window must look like 1600x900, not " + window);
        }
        Language language = Language.fromCode(
                        Optional.ofNullable(settings.defaultLanguage()).orElse("zh"))
                .orElseThrow();
        AgentSettings agent = settings.agent();
        String bind = agentBind != null
                ? agentBind
                : agent != null && agent.bind() != null ? agent.bind() : KioskConfig.DEFAULT_AGENT_BIND;
        int port = agentPort != null
                ? agentPort
                : agent != null && agent.port() != null ? agent.port() : KioskConfig.DEFAULT_AGENT_PORT;
        if (!noAgent) {
            Optional<String> refusal = AgentSettings.plainHttpRefusal(agent, bind);
            if (refusal.isPresent()) {
                throw new IllegalArgumentException(refusal.get());
            }
        }
        return new KioskConfig(
                data,
                content,
                statutes,
                Duration.ofSeconds(seconds),
                language,
                demo,
                headless,
                !demo && !headless,
                Integer.parseInt(size[0]),
                Integer.parseInt(size[1]),
                bind,
                noAgent ? -1 : port);
    }
}
