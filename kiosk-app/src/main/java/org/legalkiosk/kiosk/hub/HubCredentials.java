package org.legalkiosk.kiosk.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.legalkiosk.hub.protocol.EnrolReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's hub token: read from its file, or, the first time, obtained by trading the one-time code an
 * installer put in {@code DATA_DIR/hub-enrol-code}. The token is written (owner-only, atomically) before the code is
 * removed, so a crash in between at worst leaves a spent code beside a good token.
 */
public final class HubCredentials {

    public static final String ENROL_CODE_FILE = "hub-enrol-code";
    private static final Logger LOG = LoggerFactory.getLogger(HubCredentials.class);

    private final Path tokenFile;
    private final Path codeFile;
    private volatile String token;
    private volatile Runnable onEnrolled = () -> {};

    public HubCredentials(Path tokenFile, Path codeFile) {
        this.tokenFile = tokenFile;
        this.codeFile = codeFile;
    }

    /**
     * Runs {@code listener} each time an enrolment wrote a new token file, on the thread that enrolled: the outbox
     * started before the terminal had a token starts delivering then, without a restart.
     */
    public void onEnrolled(Runnable listener) {
        this.onEnrolled = listener;
    }

    /** The token, enrolling first when there is none yet but a code is waiting; empty when neither is there. */
    public Optional<String> token(HubClient client, String appVersion)
            throws IOException, HubException, InterruptedException {
        if (token != null) {
            return Optional.of(token);
        }
        if (Files.exists(tokenFile)) {
            token = Files.readString(tokenFile, StandardCharsets.US_ASCII).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        }
        if (!Files.exists(codeFile)) {
            return Optional.empty();
        }
        String code = Files.readString(codeFile, StandardCharsets.UTF_8).strip();
        EnrolReply reply = client.enrol(code, appVersion);
        Path tmp = tokenFile.resolveSibling(tokenFile.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, reply.token() + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, tokenFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(codeFile);
        LOG.info("Enrolled with the county hub as terminal {}", reply.terminalId());
        token = reply.token();
        try {
            onEnrolled.run();
        } catch (RuntimeException e) {
            LOG.error("After enrolling, starting what waited for the token failed: {}", e.toString());
        }
        return Optional.of(token);
    }

    /** Forgets a token the hub refused, so the next attempt reads the file again (a technician may replace it). */
    public void refused() {
        token = null;
    }
}
