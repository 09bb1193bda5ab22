package org.legalkiosk.hub.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.legalkiosk.content.bundle.ManifestSignature;
import org.legalkiosk.content.bundle.SigningKeys;

/**
 * The hub's own Ed25519 key for its channel documents ({@code versions/N/channel.json.sig}), made on first use and
 * kept in a file only the hub's user reads. It is not a content key: terminals take it for the channel documents
 * only, and their content store still refuses any manifest not signed by a key in their own trusted set, so a stolen
 * channel key can at most offer a version the county's offline key signed (docs/decisions/0035).
 */
public final class ChannelKey {

    private final SigningKeys.SigningKey key;

    private ChannelKey(SigningKeys.SigningKey key) {
        this.key = key;
    }

    /** Reads the key from {@code file}, or makes one there (owner-only, written atomically) when there is none. */
    public static ChannelKey loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return new ChannelKey(SigningKeys.readPrivate(file));
        }
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null) {
            throw new IOException("the channel key " + file + " needs a folder, not the file system root");
        }
        Files.createDirectories(folder);
        SigningKeys.SigningKey made = SigningKeys.generate();
        Path tmp = folder.resolve(absolute.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, SigningKeys.privatePem(made), StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        return new ChannelKey(made);
    }

    /** The signature file for {@code document}, in the format of a bundle's {@code manifest.sig}. */
    public byte[] sign(byte[] document) {
        return ManifestSignature.sign(document, key).toBytes();
    }

    public String keyId() {
        return key.keyId();
    }

    /** The public half as the heartbeat reply carries it: base64 of its X.509 encoding. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(key.publicKey().getEncoded());
    }

    public String publicPem() {
        return SigningKeys.publicPem(key.publicKey());
    }
}
