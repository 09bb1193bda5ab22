package org.legalkiosk.content.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ed25519 keys in PEM files, with the JDK's own provider. A public key file holds one {@code PUBLIC KEY} block;
 * a private key file holds the {@code PRIVATE KEY} block followed by its {@code PUBLIC KEY} block, because the
 * JDK cannot derive the public half and the signer needs it for the key id and to check its own signature.
 */
public final class SigningKeys {

    public static final String ALGORITHM = "Ed25519";
    private static final Pattern PEM =
            Pattern.compile("-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    private SigningKeys() {}

    /** A private key with its public half and key id, ready to sign. */
    public record SigningKey(PrivateKey privateKey, PublicKey publicKey, String keyId) {}

    public static SigningKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new SigningKey(pair.getPrivate(), pair.getPublic(), keyId(pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK provides Ed25519 since Java 15", e);
        }
    }

    /** First 16 hex digits of the SHA-256 of the public key's X.509 encoding: short, stable, and collision-free enough to pick a key. */
    public static String keyId(PublicKey key) {
        return Hashes.sha256Hex(key.getEncoded()).substring(0, 16);
    }

    public static String publicPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    public static String privatePem(SigningKey key) {
        return pem("PRIVATE KEY", key.privateKey().getEncoded()) + publicPem(key.publicKey());
    }

    public static PublicKey readPublic(Path file) throws IOException {
        List<byte[]> blocks = blocks(file, "PUBLIC KEY");
        if (blocks.size() != 1) {
            throw new IOException(file + " holds " + blocks.size() + " PUBLIC KEY blocks, not one");
        }
        return decodePublic(blocks.get(0), file);
    }

    public static SigningKey readPrivate(Path file) throws IOException {
        List<byte[]> privates = blocks(file, "PRIVATE KEY");
        List<byte[]> publics = blocks(file, "PUBLIC KEY");
        if (privates.size() != 1 || publics.size() != 1) {
            throw new IOException(file + " is not a signing key made by 'legalkiosk content keygen' "
                    + "(one PRIVATE KEY block followed by its PUBLIC KEY block)");
        }
        try {
            PrivateKey privateKey =
                    KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(privates.get(0)));
            requireEd25519(privateKey, file);
            PublicKey publicKey = decodePublic(publics.get(0), file);
            return new SigningKey(privateKey, publicKey, keyId(publicKey));
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " does not hold an Ed25519 private key: " + e.getMessage(), e);
        }
    }

    private static PublicKey decodePublic(byte[] der, Path file) throws IOException {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
            requireEd25519(key, file);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " does not hold an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    private static void requireEd25519(java.security.Key key, Path file) throws IOException {
        if (!(key instanceof EdECKey ed)
                || !ALGORITHM.equalsIgnoreCase(ed.getParams().getName())) {
            throw new IOException(file + " holds a key that is not Ed25519");
        }
    }

    private static List<byte[]> blocks(Path file, String type) throws IOException {
        if (Files.size(file) > 16 * 1024) {
            throw new IOException(file + " is too big to be a key file");
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        List<byte[]> blocks = new ArrayList<>();
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(type)) {
                try {
                    blocks.add(Base64.getMimeDecoder().decode(m.group(2)));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ": " + type + " block is not valid base64", e);
                }
            }
        }
        return blocks;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
