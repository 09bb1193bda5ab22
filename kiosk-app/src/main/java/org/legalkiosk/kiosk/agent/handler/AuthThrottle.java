package org.legalkiosk.kiosk.agent.handler;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Slows down token guessing without turning it on the people who hold real tokens
 * (docs/decisions/0018-auth-throttle-spares-valid-tokens.md).
 *
 * <p>Failures are counted twice: per remote address, and per presented secret (by digest: a revoked token a
 * forgotten script keeps sending from many addresses). Either budget spent makes further wrong or missing tokens
 * wait. A valid admin or publisher token is served whatever its address' count, since an attacker behind the same
 * NAT or VPN gateway must not be able to lock the county out; a valid viewer token shares its address' budget.
 * No success resets a count: otherwise a low-privilege token could be used to guess for ever between its own calls.
 */
public final class AuthThrottle {

    private final FailureLimiter byAddress;
    private final FailureLimiter byCredential;

    public AuthThrottle(int perAddress, int perCredential, Duration window, Clock clock) {
        this.byAddress = new FailureLimiter(perAddress, window, clock);
        this.byCredential = new FailureLimiter(perCredential, window, clock);
    }

    /** How long this address must wait before a wrong or missing token is looked at again; zero when it may try. */
    Duration addressWait(String address) {
        return byAddress.retryAfter(address);
    }

    /** The longer of the address' and this secret's waits. */
    Duration wait(String address, String presentedSecret) {
        Duration a = byAddress.retryAfter(address);
        Duration c = presentedSecret == null ? Duration.ZERO : byCredential.retryAfter(digest(presentedSecret));
        return a.compareTo(c) >= 0 ? a : c;
    }

    /** A wrong token (or a malformed header) from {@code address}; {@code presentedSecret} may be null. */
    void failed(String address, String presentedSecret) {
        byAddress.recordFailure(address);
        if (presentedSecret != null) {
            byCredential.recordFailure(digest(presentedSecret));
        }
    }

    /** Only a digest is kept, so the limiter's memory never holds a secret someone typed. */
    private static String digest(String secret) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
