package org.legalkiosk.kiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesOnlyAHashOfEachSecretInAnOwnerOnlyFile() throws Exception {
        TokenStore store = new TokenStore(dir, Clock.systemUTC());
        TokenStore.IssuedToken t = store.create(Role.PUBLISHER, "editor");
        assertEquals(43, t.secret().length(), "32 random bytes, base64url without padding");
        String file = Files.readString(store.file());
        assertFalse(file.contains(t.secret()));
        assertTrue(file.contains(TokenStore.sha256Hex(t.secret())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        assertEquals(
                Role.PUBLISHER, store.authenticate(t.secret()).orElseThrow().role());
        assertTrue(store.authenticate(t.secret() + "x").isEmpty());
        assertTrue(store.authenticate("").isEmpty());
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() throws Exception {
        TokenStore store = new TokenStore(dir, Clock.systemUTC());
        TokenStore.IssuedToken keep = store.create(Role.VIEWER, null);
        TokenStore.IssuedToken drop = store.create(Role.ADMIN, "old-laptop");
        assertEquals(2, store.list().size());
        assertTrue(store.revoke(drop.info().id()));
        assertFalse(store.revoke(drop.info().id()));
        assertTrue(store.authenticate(drop.secret()).isEmpty());
        assertTrue(store.authenticate(keep.secret()).isPresent());
        assertEquals("viewer-" + keep.info().id(), store.list().get(0).name());
    }

    @Test
    void tokensCreatedOrRevokedByAnotherProcessCountAtOnceInTheRunningKiosk() throws Exception {
        TokenStore kiosk = new TokenStore(dir, Clock.systemUTC());
        TokenStore commandLine = new TokenStore(dir, Clock.systemUTC());
        TokenStore.IssuedToken first = commandLine.create(Role.VIEWER, "first");
        assertTrue(kiosk.authenticate(first.secret()).isPresent(), "read once, then kept while unchanged");
        assertTrue(kiosk.authenticate(first.secret()).isPresent());

        TokenStore.IssuedToken second = commandLine.create(Role.ADMIN, "second");
        assertEquals(
                Role.ADMIN, kiosk.authenticate(second.secret()).orElseThrow().role());
        commandLine.revoke(first.info().id());
        assertTrue(kiosk.authenticate(first.secret()).isEmpty(), "a revocation counts at the next request");

        Files.delete(commandLine.file());
        assertTrue(kiosk.authenticate(second.secret()).isEmpty(), "no file, no tokens");
    }

    @Test
    void rolesIncludeTheLowerOnes() {
        assertTrue(Role.ADMIN.includes(Role.PUBLISHER));
        assertTrue(Role.PUBLISHER.includes(Role.VIEWER));
        assertFalse(Role.VIEWER.includes(Role.PUBLISHER));
    }
}
