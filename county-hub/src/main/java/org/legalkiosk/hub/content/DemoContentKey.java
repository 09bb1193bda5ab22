package org.legalkiosk.hub.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.legalkiosk.content.bundle.SigningKeys;

/**
 * For {@code county-hub run --demo} only: a content signing key as the author's offline machine would have, in
 * {@code DATA_DIR/demo-signing/}, with its public half installed as the county's trusted key, so a newcomer can
 * build a bundle and upload it without a key ceremony. A real hub never has a signing key on its disk.
 */
public final class DemoContentKey {

    private DemoContentKey() {}

    /** Makes the key once; answers the command that builds an uploadable bundle with it. */
    public static String ensure(Path dataDir, Path trustedKeys) throws IOException {
        Path folder = Files.createDirectories(dataDir.resolve("demo-signing"));
        Path existing;
        try (var files = Files.list(folder)) {
            existing = files.filter(p -> p.getFileName().toString().endsWith(".key"))
                    .findFirst()
                    .orElse(null);
        }
        SigningKeys.SigningKey key;
        if (existing != null) {
            key = SigningKeys.readPrivate(existing);
        } else {
            key = SigningKeys.generate();
            existing = folder.resolve("content-" + key.keyId() + ".key");
            Files.createFile(
                    existing, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(existing, SigningKeys.privatePem(key), StandardCharsets.US_ASCII);
        }
        Files.createDirectories(trustedKeys);
        Path pub = trustedKeys.resolve("content-" + key.keyId() + ".pub");
        if (!Files.exists(pub)) {
            Files.writeString(pub, SigningKeys.publicPem(key.publicKey()), StandardCharsets.US_ASCII);
        }
        return "java -jar kiosk-app/target/legalkiosk.jar content build content --key " + existing
                + " --version 1 --out demo-v1.lkb";
    }
}
