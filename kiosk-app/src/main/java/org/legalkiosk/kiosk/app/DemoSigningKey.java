package org.legalkiosk.kiosk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.legalkiosk.content.bundle.SigningKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode provisions itself: a signing key pair in the demo's data directory, its public half trusted, so
 * remote updates can be tried at once. Made once; a demo whose key folder exists (provisioned by hand or by
 * {@code legalkiosk provision}) is left alone. Logs how to build and push a bundle with it.
 */
final class DemoSigningKey {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSigningKey.class);
    static final String PRIVATE_KEY = "demo-signing.key";

    private DemoSigningKey() {}

    static void ensure(Path dataDir, int agentPort) throws IOException {
        Path keys = dataDir.resolve("trusted-keys");
        Path privateKey = dataDir.resolve(PRIVATE_KEY);
        if (!Files.exists(keys)) {
            SigningKeys.SigningKey key = SigningKeys.generate();
            Files.deleteIfExists(privateKey);
            Files.createFile(
                    privateKey, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(privateKey, SigningKeys.privatePem(key), StandardCharsets.UTF_8);
            Files.createDirectories(keys);
            Files.writeString(keys.resolve("demo-" + key.keyId() + ".pub"), SigningKeys.publicPem(key.publicKey()));
        }
        if (Files.exists(privateKey)) {
            LOG.info(
                    "Demo content key: {}. Build and push a bundle with it:\n"
                            + "  legalkiosk content build content --key {} --version 2 --label demo --out /tmp/demo.lkb\n"
                            + "  curl -X PUT -H \"Authorization: Bearer $(cat {})\" -H \"Content-Type: application/zip\" "
                            + "--data-binary @/tmp/demo.lkb http://127.0.0.1:{}/api/v1/content",
                    privateKey,
                    privateKey,
                    dataDir.resolve(AgentStarter.DEMO_TOKEN_FILE),
                    agentPort);
        }
    }
}
