package org.legalkiosk.kiosk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.legalkiosk.content.model.Language;

/**
 * How this terminal runs.
 *
 * @param dataDir     where the terminal keeps its state (configuration, logs, later content and bookings)
 * @param contentDir  content to show; empty means the sample content bundled in the jar
 * @param statuteDir  official statute texts; empty means none installed
 * @param demo        simulated devices and sample content, in a window
 * @param headless    no display at all (Monocle), for servers and tests
 * @param fullscreen  kiosk mode: full screen, no window decorations, no exit key
 * @param agentBind   the address the HTTP agent listens on
 * @param agentPort   its port (0: any free port, written to DATA_DIR/agent.port); negative: no agent
 */
public record KioskConfig(
        Path dataDir,
        Optional<Path> contentDir,
        Optional<Path> statuteDir,
        Duration idleTimeout,
        Language defaultLanguage,
        boolean demo,
        boolean headless,
        boolean fullscreen,
        int windowWidth,
        int windowHeight,
        String agentBind,
        int agentPort) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(90);
    public static final String DEFAULT_AGENT_BIND = "127.0.0.1";
    public static final int DEFAULT_AGENT_PORT = 8421;

    public KioskConfig {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive");
        }
        if (windowWidth < 320 || windowHeight < 240) {
            throw new IllegalArgumentException("window is too small: " + windowWidth + "x" + windowHeight);
        }
        if (agentPort > 65535) {
            throw new IllegalArgumentException("agent port must be 0 to 65535: " + agentPort);
        }
    }
}
