package org.legalkiosk.kiosk.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.store.Role;
import org.legalkiosk.kiosk.store.TokenStore;

/** A provisioning file is applied whole, or refused with the terminal exactly as it was. */
class ProvisionerTest {

    private static final String COUNTY_TOKEN = "county-secret-0123456789abcdef";
    private static final String SYNC_TOKEN = "sync-secret-0123456789abcdef";

    @TempDir
    Path dir;

    private Path data;
    private Provisioner provisioner;
    private String publicKey;

    @BeforeEach
    void aTerminalAsThePackageLeavesIt() throws IOException {
        data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve(KioskSettings.FILE_NAME), """
                # the technician's settings
                idleTimeoutSeconds: 120
                devices:
                  - id: receipt
                    kind: receipt-printer
                    transport: file
                    path: /dev/usb/lp0
                """);
        new TokenStore(data, Clock.systemUTC()).create(Role.VIEWER, "dashboard");
        provisioner = new Provisioner(data, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
        publicKey = SigningKeys.publicPem(SigningKeys.generate().publicKey());
    }

    private String goodFile(String extra) {
        return """
                terminal:
                  id: gx-lc-0421
                  name: 龙村村委会
                  office: 龙村镇司法所
                trustedKeys:
                  - |
                %s
                agent:
                  countyToken: %s
                sync:
                  endpoint: https://booking.example.gov.cn/api/kiosk-events
                  token: %s
                pull:
                  channel: https://content.example.gov.cn/legalkiosk/stable/channel.json
                """.formatted(publicKey.strip().indent(4).stripTrailing(), COUNTY_TOKEN, SYNC_TOKEN) + extra;
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("provision.yaml"), text);
    }

    @Test
    void aGoodFileSetsEverythingAndKeepsTheTechniciansSettings() throws Exception {
        Provisioner.Outcome done = provisioner.apply(write(goodFile("")));

        KioskSettings settings = KioskSettings.read(data);
        assertEquals("gx-lc-0421", settings.terminal().id());
        assertEquals("龙村镇司法所", settings.terminal().office());
        assertEquals(120, settings.idleTimeoutSeconds(), "the technician's settings are kept");
        assertEquals(1, settings.devices().size());
        assertEquals(
                "https://content.example.gov.cn/legalkiosk/stable/channel.json",
                settings.pull().channel());
        assertEquals("sync-token", settings.sync().tokenFile());
        assertEquals(SYNC_TOKEN + "\n", Files.readString(data.resolve("sync-token")));
        assertEquals("rw-------", mode(data.resolve("sync-token")));

        TrustedKeys keys = TrustedKeys.read(settings.trustedKeysPath(data));
        assertEquals(done.keyIds(), keys.keyIds().stream().toList());

        TokenStore tokens = new TokenStore(data, Clock.systemUTC());
        assertEquals(Role.ADMIN, tokens.authenticate(COUNTY_TOKEN).orElseThrow().role());
        assertTrue(!Files.readString(tokens.file()).contains(COUNTY_TOKEN), "stored hashed");
        assertEquals(2, tokens.list().size(), "the earlier token stays");
        assertTrue(Files.notExists(data.resolve(Provisioner.STAGING)), "no staging left behind");
    }

    @Test
    void provisioningAgainReplacesTheCountyTokenAndTheKeys() throws Exception {
        provisioner.apply(write(goodFile("")));
        String oldKey = publicKey;
        publicKey = SigningKeys.publicPem(SigningKeys.generate().publicKey());
        provisioner.apply(write(goodFile("")));
        TrustedKeys keys = TrustedKeys.read(data.resolve("trusted-keys"));
        assertEquals(1, keys.keyIds().size(), "the new set replaces the old one");
        assertTrue(!keys.keyIds().contains(SigningKeys.keyId(readPem(oldKey))));
        assertEquals(
                1,
                new TokenStore(data, Clock.systemUTC())
                        .list().stream()
                                .filter(t -> t.name().equals(Provisioner.COUNTY_TOKEN_NAME))
                                .count());
    }

    @Test
    void tlsMaterialIsWrittenOwnerOnlyAndNamedInTheAgentSection() throws Exception {
        byte[] p12 = keytoolKeyStore("agent-pass");
        String tls = """
                tls:
                  keyStore: %s
                  keyStorePassword: agent-pass
                """.formatted(Base64.getEncoder().encodeToString(p12));
        assertTrue(provisioner.apply(write(goodFile(tls))).tls());
        KioskSettings settings = KioskSettings.read(data);
        assertEquals("tls/agent.p12", settings.agent().tls().keyStore());
        assertEquals("tls/agent.p12.password", settings.agent().tls().keyStorePasswordFile());
        assertEquals("rwx------", mode(data.resolve("tls")));
        for (String f : new String[] {"tls/agent.p12", "tls/agent.p12.password", "kiosk.yaml"}) {
            assertEquals("rw-------", mode(data.resolve(f)), f);
        }
        assertEquals(
                HexFormat.of().formatHex(p12),
                HexFormat.of().formatHex(Files.readAllBytes(data.resolve("tls/agent.p12"))));
    }

    @Test
    void aMissingFieldIsRefusedAndNothingChanges() throws Exception {
        assertRefusedUnchanged(goodFile("").replace("  token: " + SYNC_TOKEN + "\n", ""), "sync.token is required");
        assertRefusedUnchanged(
                goodFile("").replaceAll("(?s)terminal:.*?office: [^\\n]+\\n", ""), "terminal is required");
    }

    @Test
    void aBadKeyIsRefusedAndNothingChanges() throws Exception {
        assertRefusedUnchanged(
                goodFile("").replace(publicKey.lines().skip(1).findFirst().orElseThrow(), "AAAAnotakey"),
                "trustedKeys[0] is not an Ed25519 public key");
    }

    @Test
    void anUnknownFieldIsRefusedAndNothingChanges() throws Exception {
        assertRefusedUnchanged(goodFile("syncc:\n  endpoint: https://x.example\n"), "syncc");
    }

    @Test
    void anUnreadableFileIsRefusedAndNothingChanges() throws Exception {
        Map<String, String> before = snapshot();
        ProvisioningException missing =
                assertThrows(ProvisioningException.class, () -> provisioner.apply(dir.resolve("nowhere.yaml")));
        assertTrue(missing.getMessage().contains("not a readable file"), missing.getMessage());
        Path binary = Files.write(dir.resolve("garbage.yaml"), new byte[] {0, (byte) 0xff, 0x10, '{', '['});
        assertThrows(ProvisioningException.class, () -> provisioner.apply(binary));
        assertEquals(before, snapshot());
    }

    @Test
    void aTlsStoreThatDoesNotOpenIsRefusedAndNothingChanges() throws Exception {
        String tls = "tls:\n  keyStore: %s\n  keyStorePassword: wrong\n"
                .formatted(Base64.getEncoder().encodeToString(keytoolKeyStore("agent-pass")));
        assertRefusedUnchanged(goodFile(tls), "tls.keyStore does not open as PKCS12");
    }

    @Test
    void everyProblemIsListedAtOnce() throws Exception {
        String bad = goodFile("")
                .replace("https://booking.example.gov.cn", "ftp://booking.example.gov.cn")
                .replace(COUNTY_TOKEN, "short");
        ProvisioningException e = assertThrows(ProvisioningException.class, () -> provisioner.apply(write(bad)));
        assertEquals(2, e.problems().size(), e.problems().toString());
    }

    private void assertRefusedUnchanged(String text, String expected) throws Exception {
        Map<String, String> before = snapshot();
        ProvisioningException e = assertThrows(ProvisioningException.class, () -> provisioner.apply(write(text)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(before, snapshot(), "the terminal is unchanged");
    }

    /** Every file under the data directory with its mode and contents. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(data)) {
            for (Path p : s.toList()) {
                String content = Files.isRegularFile(p) ? HexFormat.of().formatHex(Files.readAllBytes(p)) : "dir";
                files.put(data.relativize(p).toString(), mode(p) + " " + content);
            }
        }
        return files;
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private java.security.PublicKey readPem(String pem) throws IOException {
        return SigningKeys.readPublic(Files.writeString(dir.resolve("k.pub"), pem));
    }

    /** A PKCS12 keystore with a self-signed key, made by the JDK's own keytool. */
    private byte[] keytoolKeyStore(String password) throws Exception {
        Path store = dir.resolve("agent-" + System.nanoTime() + ".p12");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "agent",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=gx-lc-0421",
                        "-validity",
                        "30",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        password)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        return Files.readAllBytes(store);
    }
}
