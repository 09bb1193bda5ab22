package org.legalkiosk.kiosk.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.legalkiosk.content.bundle.BundleBuilder;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.bundle.SourceFiles;
import org.legalkiosk.kiosk.testing.TestKiosk;

/** Signed bundles of the sample content, and a kiosk data folder that trusts their key. */
final class Bundles {

    private final Path dir;
    private final SigningKeys.SigningKey key = SigningKeys.generate();

    Bundles(Path dir) {
        this.dir = dir;
    }

    /** Puts this publisher's public key where the kiosk looks by default, DATA_DIR/trusted-keys/. */
    void trustIn(Path dataDir) throws IOException {
        Path keys = Files.createDirectories(dataDir.resolve("trusted-keys"));
        Files.writeString(keys.resolve(key.keyId() + ".pub"), SigningKeys.publicPem(key.publicKey()));
    }

    Path build(long version) throws IOException {
        return build(version, key);
    }

    /** A bundle signed by a key no kiosk trusts. */
    Path buildWithStrangerKey(long version) throws IOException {
        return build(version, SigningKeys.generate());
    }

    private Path build(long version, SigningKeys.SigningKey signer) throws IOException {
        Path out = dir.resolve("v" + version + "-" + signer.keyId() + ".lkb");
        if (!Files.exists(out)) {
            new BundleBuilder(BundleLimits.DEFAULT)
                    .build(
                            SourceFiles.collect(TestKiosk.contentSource()).files(),
                            signer,
                            new BundleBuilder.Options(
                                    "stable",
                                    version,
                                    "release " + version,
                                    "0.1.0",
                                    Instant.parse("2026-11-28T08:00:00Z")),
                            Optional.empty(),
                            out);
        }
        return out;
    }
}
