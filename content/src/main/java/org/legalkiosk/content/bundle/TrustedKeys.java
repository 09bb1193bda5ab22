package org.legalkiosk.content.bundle;

import static org.legalkiosk.content.bundle.BundleException.Reason.BAD_SIGNATURE;
import static org.legalkiosk.content.bundle.BundleException.Reason.UNKNOWN_KEY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The public keys whose signatures this kiosk accepts. Several at once, so the publisher can roll out a new key
 * to every terminal before signing with it, and retire the old one afterwards.
 */
public final class TrustedKeys {

    private final Map<String, PublicKey> byId;

    private TrustedKeys(Map<String, PublicKey> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static TrustedKeys of(Collection<PublicKey> keys) {
        Map<String, PublicKey> byId = new LinkedHashMap<>();
        keys.forEach(k -> byId.put(SigningKeys.keyId(k), k));
        return new TrustedKeys(byId);
    }

    public static TrustedKeys of(PublicKey... keys) {
        return of(List.of(keys));
    }

    /** Public keys from a {@code .pub} file, or from every {@code *.pub} file in a folder. */
    public static TrustedKeys read(Path fileOrFolder) throws IOException {
        if (!Files.isDirectory(fileOrFolder)) {
            return of(SigningKeys.readPublic(fileOrFolder));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(fileOrFolder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".pub"))
                    .sorted()
                    .toList();
        }
        List<PublicKey> keys = new java.util.ArrayList<>();
        for (Path file : files) {
            keys.add(SigningKeys.readPublic(file));
        }
        return of(keys);
    }

    public Set<String> keyIds() {
        return byId.keySet();
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** Checks the signature file against the manifest bytes exactly as stored; answers the key id that signed. */
    public String verify(byte[] manifestBytes, byte[] signatureFile) throws BundleException {
        ManifestSignature sig = ManifestSignature.parse(signatureFile);
        PublicKey key = byId.get(sig.keyId());
        if (key == null) {
            throw new BundleException(
                    UNKNOWN_KEY,
                    "signed with key " + sig.keyId() + ", which this kiosk does not trust"
                            + (byId.isEmpty()
                                    ? " (no keys are trusted)"
                                    : " (trusted: " + String.join(", ", byId.keySet()) + ")"));
        }
        try {
            Signature verifier = Signature.getInstance(SigningKeys.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(manifestBytes);
            if (!verifier.verify(sig.signature())) {
                throw new BundleException(
                        BAD_SIGNATURE,
                        "the signature of key " + sig.keyId()
                                + " does not match manifest.json: the bundle was altered or damaged");
            }
        } catch (GeneralSecurityException e) {
            throw new BundleException(BAD_SIGNATURE, "the signature cannot be checked: " + e.getMessage(), e);
        }
        return sig.keyId();
    }
}
