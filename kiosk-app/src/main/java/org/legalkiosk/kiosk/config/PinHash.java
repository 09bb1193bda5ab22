package org.legalkiosk.kiosk.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A technician PIN as {@code kiosk.yaml} keeps it: {@code pbkdf2-sha256:<iterations>:<salt>:<hash>} (Base64), so a
 * copied settings file does not give the PIN away at a glance. A PIN is short, so the hash alone would not hold out
 * against a determined guesser with the file; the terminal's real protection is the lockout after five wrong tries.
 */
public record PinHash(int iterations, byte[] salt, byte[] hash) {

    public static final String SCHEME = "pbkdf2-sha256";
    public static final int ITERATIONS = 210_000;
    public static final int MIN_DIGITS = 6;
    public static final int MAX_DIGITS = 12;
    private static final int HASH_BYTES = 32;

    /** Whether {@code pin} is one a technician may set: 6 to 12 digits. */
    public static boolean acceptable(String pin) {
        return pin != null
                && pin.length() >= MIN_DIGITS
                && pin.length() <= MAX_DIGITS
                && pin.chars().allMatch(Character::isDigit);
    }

    /** A new hash of {@code pin} with a fresh random salt. */
    public static PinHash of(String pin, SecureRandom random) {
        if (!acceptable(pin)) {
            throw new IllegalArgumentException("a technician PIN is " + MIN_DIGITS + " to " + MAX_DIGITS + " digits");
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new PinHash(ITERATIONS, salt, derive(pin, salt, ITERATIONS));
    }

    /** The hash written in {@code kiosk.yaml}, or empty when it is not in this form. */
    public static Optional<PinHash> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.trim().split(":");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return Optional.empty();
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            if (iterations < 10_000 || salt.length < 8 || hash.length != HASH_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new PinHash(iterations, salt, hash));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code pin} is the PIN this hash was made from (compared in constant time). */
    public boolean matches(String pin) {
        return pin != null && !pin.isEmpty() && MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    /** The form {@code kiosk.yaml} keeps. */
    public String encoded() {
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        char[] chars = pin.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        } finally {
            spec.clearPassword();
            java.util.Arrays.fill(chars, '\0');
        }
    }

    @Override
    public String toString() {
        return "PinHash[" + SCHEME + ", " + iterations + " iterations]";
    }
}
