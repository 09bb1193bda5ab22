package org.legalkiosk.hub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), with the
 * OWASP minimum parameters: 19 MiB of memory, 2 passes, one lane. The parameters travel in the string, so they can
 * be raised later and old hashes still verify (and {@link #needsRehash} says when to upgrade one at login).
 */
public final class PasswordHasher {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final int MEMORY_KIB = 19_456;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final Pattern PHC =
            Pattern.compile("\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    /** A hash of a password that the caller has checked with {@link #problem}. */
    public String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] out = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, 32);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    public boolean verify(String password, String encoded) {
        if (password == null || password.length() > MAX_LENGTH || encoded == null) {
            return false;
        }
        Matcher m = PHC.matcher(encoded);
        if (!m.matches()) {
            return false;
        }
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int parallelism = Integer.parseInt(m.group(3));
        if (memory > 1 << 20 || iterations > 10 || parallelism > 8) {
            return false; // a tampered row must not make one login eat a gigabyte
        }
        byte[] salt = B64D.decode(m.group(4));
        byte[] expected = B64D.decode(m.group(5));
        byte[] actual = derive(password, salt, memory, iterations, parallelism, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether a hash was made with weaker parameters than today's. */
    public boolean needsRehash(String encoded) {
        Matcher m = PHC.matcher(encoded);
        return !m.matches() || Integer.parseInt(m.group(1)) < MEMORY_KIB || Integer.parseInt(m.group(2)) < ITERATIONS;
    }

    /** What is wrong with a new password, in Chinese then English, or null when it is acceptable. */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "密码至少 " + MIN_LENGTH + " 个字符 / a password has at least " + MIN_LENGTH + " characters";
        }
        if (password.length() > MAX_LENGTH) {
            return "密码最多 " + MAX_LENGTH + " 个字符 / a password has at most " + MAX_LENGTH + " characters";
        }
        return null;
    }

    private static byte[] derive(
            String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
