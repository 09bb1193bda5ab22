package org.legalkiosk.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.bundle.TrustedKeys;

class DemoSigningKeyTest {

    @Test
    void theDemoTrustsAKeyItCanSignWithAndKeepsItAcrossStarts(@TempDir Path data) throws Exception {
        DemoSigningKey.ensure(data, 8421);
        Path privateKey = data.resolve(DemoSigningKey.PRIVATE_KEY);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)));
        String keyId = SigningKeys.readPrivate(privateKey).keyId();
        assertEquals(
                java.util.Set.of(keyId),
                TrustedKeys.read(data.resolve("trusted-keys")).keyIds());

        DemoSigningKey.ensure(data, 8421);
        assertEquals(keyId, SigningKeys.readPrivate(privateKey).keyId(), "the same key on the next start");
    }

    @Test
    void aDemoProvisionedByHandIsLeftAlone(@TempDir Path data) throws Exception {
        Files.createDirectories(data.resolve("trusted-keys"));
        DemoSigningKey.ensure(data, 8421);
        assertTrue(Files.notExists(data.resolve(DemoSigningKey.PRIVATE_KEY)));
    }
}
