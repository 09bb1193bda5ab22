package org.legalkiosk.kiosk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.legalkiosk.kiosk.agent.AgentConfig;
import org.legalkiosk.kiosk.config.AgentSettings;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the agent listens: the address and port the command line resolved, and TLS from the {@code agent:} section
 * of kiosk.yaml, its keystore passwords read from files in the data folder (never from kiosk.yaml itself, which
 * the agent serves to admins). Plain HTTP off loopback is refused unless {@code allowPlainHttp} says otherwise,
 * and then warned about at every start.
 */
final class AgentListening {

    private static final Logger LOG = LoggerFactory.getLogger(AgentListening.class);
    /** A password file is one line; anything longer is not one. */
    private static final long MAX_PASSWORD_FILE_BYTES = 4096;

    private AgentListening() {}

    /** The agent's configuration; refused with a message an operator can act on. */
    static AgentConfig configFor(KioskConfig config, AgentSettings section) throws IOException {
        Optional<String> problem = section == null ? Optional.empty() : section.problem();
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        Optional<String> refusal = AgentSettings.plainHttpRefusal(section, config.agentBind());
        if (refusal.isPresent()) {
            throw new IllegalArgumentException(refusal.get());
        }
        AgentConfig plain = AgentConfig.plain(config.agentBind(), config.agentPort(), config.dataDir());
        if (section == null || section.tls() == null) {
            if (!AgentSettings.isLoopback(config.agentBind())) {
                LOG.warn(
                        "The agent listens on {} in plain HTTP (agent.allowPlainHttp: true): tokens and bookings "
                                + "cross this network unencrypted; {}",
                        config.agentBind(),
                        AgentSettings.HOW_TO_ENABLE_TLS);
            }
            return plain;
        }
        return plain.withTls(tls(config.dataDir(), section.tls()));
    }

    private static AgentConfig.Tls tls(Path dataDir, AgentSettings.Tls tls) throws IOException {
        Path keyStore = existing(dataDir, tls.keyStore(), "agent.tls.keyStore");
        String keyPassword = password(dataDir, tls.keyStorePasswordFile(), "agent.tls.keyStorePasswordFile");
        Optional<Path> trust = Optional.empty();
        String trustPassword = null;
        if (tls.clientTrustStore() != null) {
            trust = Optional.of(existing(dataDir, tls.clientTrustStore(), "agent.tls.clientTrustStore"));
            trustPassword =
                    password(dataDir, tls.clientTrustStorePasswordFile(), "agent.tls.clientTrustStorePasswordFile");
        }
        return new AgentConfig.Tls(keyStore, keyPassword, trust, trustPassword, tls.requireClientCertOrDefault());
    }

    private static Path existing(Path dataDir, String relative, String field) throws IOException {
        Path file = dataDir.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IOException(field + ": no file " + file);
        }
        return file;
    }

    private static String password(Path dataDir, String relative, String field) throws IOException {
        Path file = existing(dataDir, relative, field);
        if (Files.size(file) > MAX_PASSWORD_FILE_BYTES) {
            throw new IOException(field + ": " + file + " is too large to be a password file");
        }
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            throw new IOException(field + ": " + file + " is empty");
        }
        return password;
    }
}
