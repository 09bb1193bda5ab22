package org.legalkiosk.booking.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AES-256-GCM for single column values. Each value gets a fresh random 12-byte IV, stored in front of the
 * ciphertext and tag. The associated data binds a value to its row and column, so a ciphertext copied into another
 * row or column fails to decrypt instead of showing the wrong person's data.
 */
final class FieldCipher {

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = LoggerFactory.getLogger(FieldCipher.class);
    /** One generator for every key this JVM makes: seeding a fresh SecureRandom per key gains nothing. */
    private static final SecureRandom KEY_SOURCE = new SecureRandom();

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private FieldCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * The cipher for the key in this file, creating the file (mode 0600) with a new random key when it is missing.
     * The key is written to a temporary file and linked into place, so two processes starting at once agree on one
     * key and nobody ever reads a half-written one.
     */
    static FieldCipher open(Path keyFile) throws IOException {
        if (!Files.exists(keyFile)) {
            byte[] fresh = new byte[KEY_BYTES];
            KEY_SOURCE.nextBytes(fresh);
            Path temp = Files.createTempFile(
                    folderOf(keyFile), ".booking-key-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.write(ByteBuffer.wrap(fresh));
                    channel.force(true);
                }
                Files.createLink(keyFile, temp);
            } catch (FileAlreadyExistsException lostTheRace) {
                // Another process created the key first; use theirs.
            } finally {
                Arrays.fill(fresh, (byte) 0);
                Files.deleteIfExists(temp);
            }
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
        if (!permissions.equals(OWNER_ONLY)) {
            // A copied-in backup often arrives world-readable; the key is as sensitive as the data it protects.
            LOG.warn(
                    "Booking key {} had permissions {}; restoring 0600",
                    keyFile,
                    PosixFilePermissions.toString(permissions));
            Files.setPosixFilePermissions(keyFile, OWNER_ONLY);
        }
        byte[] key = Files.readAllBytes(keyFile);
        if (key.length != KEY_BYTES) {
            throw new IOException("booking key " + keyFile + " is " + key.length + " bytes, expected " + KEY_BYTES);
        }
        return new FieldCipher(key);
    }

    private static Path folderOf(Path keyFile) throws IOException {
        Path folder = keyFile.toAbsolutePath().getParent();
        if (folder == null) {
            throw new IOException(
                    "the booking key " + keyFile + " needs a folder to live in, not the file system root");
        }
        return folder;
    }

    byte[] encrypt(String plain, String context) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    String decrypt(byte[] stored, String context) {
        if (stored == null || stored.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("encrypted value is too short (" + context + ")");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // Wrong key or tampered value; the message names the row, never the content.
            throw new IllegalStateException("cannot decrypt " + context + ": wrong key or damaged value", e);
        }
    }
}
