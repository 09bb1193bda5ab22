package org.legalkiosk.hub.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretsTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void argon2idHashesVerifyOnlyTheirPasswordAndAreSalted() {
        String hash = hasher.hash("correct-horse-battery");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(hasher.verify("correct-horse-battery", hash));
        assertFalse(hasher.verify("correct-horse-batterz", hash));
        assertNotEquals(hash, hasher.hash("correct-horse-battery"));
        assertFalse(hasher.needsRehash(hash));
        assertFalse(hasher.verify("x", "$argon2id$v=19$m=99999999,t=2,p=1$AAAA$AAAA"), "absurd parameters refused");
        assertFalse(hasher.verify("x", "plain text"));
    }

    @Test
    void shortPasswordsAreRefusedInBothLanguages() {
        assertNotNull(PasswordHasher.problem("short"));
        assertTrue(PasswordHasher.problem("short").contains("密码"));
        assertNull(PasswordHasher.problem("long-enough-pass"));
    }

    @Test
    void enrolCodesAreReadableAndTokensLong() {
        String code = Tokens.newEnrolCode();
        assertTrue(code.matches("[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}"), code);
        assertEquals(43, Tokens.newToken().length());
    }
}
