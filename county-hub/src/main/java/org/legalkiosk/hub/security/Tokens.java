package org.legalkiosk.hub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets and their hashes. Only the hash is ever stored; the secret is shown or sent once. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Crockford-like alphabet without 0/O, 1/I/L: a code read aloud over the phone or copied by hand survives. */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private Tokens() {}

    /** 256 random bits, URL-safe Base64 without padding (43 characters). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A one-time enrolment code of 16 characters (about 79 bits) in groups of four, e.g. {@code 7KQ3-M9TX-2HRA-PW4C}:
     * typed once by an installer, valid for days, usable once.
     */
    public static String newEnrolCode() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    public static byte[] sha256(String secret) {
        return sha256(secret.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Compares in time independent of where the first difference is. */
    public static boolean equal(String a, String b) {
        return a != null
                && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
