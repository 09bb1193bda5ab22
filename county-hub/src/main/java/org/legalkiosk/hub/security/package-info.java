/**
 * Secrets: {@link Tokens} (random bearer tokens, session ids and enrolment codes, stored only as SHA-256 hashes:
 * they are long and random, so a fast hash is enough) and {@link PasswordHasher} (people's passwords, which are
 * short and guessable, hashed with Argon2id from BouncyCastle).
 */
package org.legalkiosk.hub.security;
