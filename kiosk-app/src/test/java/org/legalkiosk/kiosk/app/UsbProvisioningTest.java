package org.legalkiosk.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.kiosk.config.KioskSettings;

class UsbProvisioningTest {

    private static String file(String id) {
        String key = SigningKeys.publicPem(SigningKeys.generate().publicKey())
                .strip()
                .indent(4)
                .stripTrailing();
        return """
                terminal: {id: %s, name: Village hall, office: Township office}
                trustedKeys:
                  - |
                %s
                agent: {countyToken: abcdefghijklmnopqrstuvwxyz}
                sync: {endpoint: "https://sync.example.gov.cn/e", token: abcdefghijklmnopqrstuvwxyz}
                pull: {channel: "https://content.example.gov.cn/c/channel.json"}
                """.formatted(id, key);
    }

    @Test
    void aFreshTerminalTakesTheFileFromTheStickAndIgnoresItOnceProvisioned(@TempDir Path data) throws Exception {
        Path inbox = Files.createDirectories(data.resolve("usb-inbox"));
        Files.writeString(inbox.resolve("provision.yaml"), file("t-1"));

        assertTrue(UsbProvisioning.applyIfUnprovisioned(data, Clock.systemUTC()));
        assertEquals("t-1", KioskSettings.read(data).terminal().id());
        assertTrue(Files.notExists(inbox.resolve("provision.yaml")));
        assertTrue(Files.exists(inbox.resolve("processed/provision.yaml")));

        Files.writeString(inbox.resolve("provision.yaml"), file("t-2"));
        assertFalse(UsbProvisioning.applyIfUnprovisioned(data, Clock.systemUTC()));
        assertEquals("t-1", KioskSettings.read(data).terminal().id(), "re-provisioning is an explicit command");
    }

    @Test
    void aRefusedFileStaysOnTheStickAndChangesNothing(@TempDir Path data) throws Exception {
        Path inbox = Files.createDirectories(data.resolve("usb-inbox"));
        Files.writeString(inbox.resolve("provision.yaml"), file("t-1").replace("pull:", "pul:"));

        assertFalse(UsbProvisioning.applyIfUnprovisioned(data, Clock.systemUTC()));
        assertTrue(Files.exists(inbox.resolve("provision.yaml")));
        assertTrue(Files.notExists(data.resolve("kiosk.yaml")));
        assertTrue(Files.notExists(data.resolve("trusted-keys")));
    }
}
