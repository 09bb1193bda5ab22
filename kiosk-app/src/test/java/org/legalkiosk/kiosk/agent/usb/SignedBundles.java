package org.legalkiosk.kiosk.agent.usb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

import org.legalkiosk.content.bundle.BundleBuilder;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.bundle.SourceFiles;
import org.legalkiosk.kiosk.testing.TestKiosk;

/**
 * Signed bundles of the sample content for the offline, pull and fleet tests, and kiosk data folders that trust
 * their key. Version N differs from the sample in one explainer (a line per version), so two versions share all
 * but one object.
 */
public final class SignedBundles {

    public static final String CHANGED_FILE = "explainers/labour/work-injury.zh.md";

    private final Path dir;
    private final SigningKeys.SigningKey key = SigningKeys.generate();

    public SignedBundles(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    public SigningKeys.SigningKey key() {
        return key;
    }

    /** The key file a publisher keeps, as {@code legalkiosk content keygen} writes it. */
    public Path privateKeyFile() throws IOException {
        Path file = dir.resolve("publisher.key");
        if (!Files.exists(file)) {
            Files.writeString(file, SigningKeys.privatePem(key));
        }
        return file;
    }

    /** Puts this publisher's public key where a kiosk looks by default, DATA_DIR/trusted-keys/. */
    public void trustIn(Path dataDir) throws IOException {
        Path keys = Files.createDirectories(dataDir.resolve("trusted-keys"));
        Files.writeString(keys.resolve(key.keyId() + ".pub"), SigningKeys.publicPem(key.publicKey()));
    }

    public Path build(long version) throws IOException {
        return build(version, key);
    }

    /** A bundle signed by a key no kiosk trusts. */
    public Path buildWithStrangerKey(long version) throws IOException {
        return build(version, SigningKeys.generate());
    }

    private Path build(long version, SigningKeys.SigningKey signer) throws IOException {
        Path out = dir.resolve("v" + version + "-" + signer.keyId() + ".lkb");
        if (!Files.exists(out)) {
            Path source = TestKiosk.copyOfContent(dir.resolve("source-" + version + "-" + signer.keyId()));
            Files.writeString(
                    source.resolve(CHANGED_FILE),
                    "\n- 第 " + version + " 版。\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            new BundleBuilder(BundleLimits.DEFAULT)
                    .build(
                            SourceFiles.collect(source).files(),
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
