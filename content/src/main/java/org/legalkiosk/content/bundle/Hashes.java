package org.legalkiosk.content.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 in lower-case hex, the name of every object in a bundle and in the store. */
public final class Hashes {

    public static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private Hashes() {}

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256Hex(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return hex(digest);
    }

    /**
     * Whether two hex hashes are the same, in time that does not depend on where they differ. The hashes compared
     * here are public (they stand in the manifest), so this is not about secrets: it keeps hash comparisons one
     * way everywhere, so one that does guard a secret cannot be written the other way by habit.
     */
    public static boolean sameHash(String a, String b) {
        return java.security.MessageDigest.isEqual(
                a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public static boolean isSha256Hex(String s) {
        return s != null && SHA256_HEX.matcher(s).matches();
    }
}
