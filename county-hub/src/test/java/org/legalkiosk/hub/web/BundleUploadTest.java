package org.legalkiosk.hub.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.content.channel.ChannelManifest;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.TestBundles;
import org.legalkiosk.hub.content.ChannelKey;

/**
 * Uploading a bundle on the console: a good one is verified, kept, listed and published on the pull channel in the
 * layout (and channel document) the kiosk's pull mode reads; a bad one (altered, unknown key, not a bundle, too
 * large, already there, no file) is refused with a message in Chinese and leaves nothing behind.
 */
class BundleUploadTest {

    @TempDir
    static Path work;

    private static HubFixture hub;
    private static ConsoleClient admin;

    @BeforeAll
    static void start() throws Exception {
        hub = new HubFixture();
        admin = new ConsoleClient(hub.server.uri());
        admin.login("admin", HubFixture.PASSWORD);
        admin.get("/content");
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    private static HttpResponse<String> upload(ConsoleClient client, Path file) throws Exception {
        return client.send(TestBundles.upload(hub.uri("/content/bundles?csrf=" + client.csrf), file));
    }

    private static void assertNothingLeft(long rows) throws Exception {
        assertEquals(rows, hub.hub.content().list().size(), "no new version recorded");
        try (var left = Files.list(hub.hub.content().incoming())) {
            assertEquals(0, left.count(), "no upload left in the incoming folder");
        }
    }

    @Test
    void aGoodBundleIsVerifiedListedAndPublishedOnThePullChannel() throws Exception {
        Path bundle = TestBundles.build(work, 7, hub.countyKey);
        HttpResponse<String> up = upload(admin, bundle);
        assertEquals(303, up.statusCode(), up.body());
        assertEquals("/content?uploaded=7", up.headers().firstValue("Location").orElseThrow());
        String page = admin.get("/content?uploaded=7").body();
        assertTrue(
                page.contains("id=\"bundle-7\"")
                        && page.contains("2026-12 第7版")
                        && page.contains(hub.countyKey.keyId()),
                "the version is listed with its label and signing key");
        assertTrue(page.contains("版本 7 已通过签名核验"));
        assertTrue(Files.exists(hub.dataDir.resolve("content/bundles/7.lkb")), "the bundle is kept");
        assertTrue(hub.hub.audit().recent(10).stream()
                .anyMatch(e ->
                        e.action().equals("content.upload") && e.actor().equals("admin") && "v7".equals(e.target())));

        // The channel document for version 7, as a kiosk fetches it without logging in.
        HttpClient http = HttpClient.newHttpClient();
        byte[] channel = http.send(
                        HttpRequest.newBuilder(hub.uri("/pull/v1/versions/7/channel.json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        byte[] signature = http.send(
                        HttpRequest.newBuilder(hub.uri("/pull/v1/versions/7/channel.json.sig"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        ChannelKey channelKey = hub.hub.content().channelKey();
        PublicKey hubKey = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(channelKey.publicKeyBase64())));
        assertEquals(channelKey.keyId(), TrustedKeys.of(hubKey).verify(channel, signature));
        ChannelManifest parsed = ChannelManifest.parse(channel); // the kiosk's own strict reader
        assertEquals(7, parsed.version());
        assertEquals("stable", parsed.channel());
        var channelUri = hub.uri("/pull/v1/versions/7/channel.json");
        byte[] manifest = http.send(
                        HttpRequest.newBuilder(channelUri.resolve(parsed.manifestUrl()))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        byte[] manifestSig = http.send(
                        HttpRequest.newBuilder(channelUri.resolve(parsed.signatureUrl()))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        assertEquals(
                hub.countyKey.keyId(),
                TrustedKeys.of(hub.countyKey.publicKey()).verify(manifest, manifestSig),
                "the manifest is the county's, byte for byte");
        assertEquals(parsed.manifestSha256(), org.legalkiosk.content.bundle.Hashes.sha256Hex(manifest));

        String anObject = new String(manifest, java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("(?s).*?\"sha256\" : \"([0-9a-f]{64})\".*", "$1");
        var objectUri = parsed.objectUri(channelUri, anObject);
        HttpResponse<byte[]> whole =
                http.send(HttpRequest.newBuilder(objectUri).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, whole.statusCode());
        assertEquals(anObject, org.legalkiosk.content.bundle.Hashes.sha256Hex(whole.body()));
        HttpResponse<byte[]> rest = http.send(
                HttpRequest.newBuilder(objectUri).header("Range", "bytes=10-").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, rest.statusCode(), "an interrupted download continues");
        assertArrayEquals(java.util.Arrays.copyOfRange(whole.body(), 10, whole.body().length), rest.body());

        for (String path : new String[] {
            "/pull/v1/versions/7/../../../channel-key.key",
            "/pull/v1/channel-key.key",
            "/pull/v1/versions/7/other.txt",
            "/pull/v1/objects/" + anObject.toUpperCase()
        }) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(java.net.URI.create(hub.server.uri() + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            // 404 from the channel, or (a path Jetty normalised out of /pull/v1/) the console's way to its login
            assertTrue(
                    r.statusCode() == 404 || r.statusCode() == 400 || r.statusCode() == 303,
                    path + " answered " + r.statusCode());
            assertTrue(!r.body().contains("PRIVATE KEY"));
        }
        HttpResponse<String> again = upload(admin, bundle);
        assertEquals(409, again.statusCode(), "the same version twice");
        assertTrue(again.body().contains("版本 7 已经上传过"));
        assertNothingLeft(1);
    }

    @Test
    void badBundlesAreRefusedInChineseAndLeaveNothingBehind() throws Exception {
        long before = hub.hub.content().list().size();
        Map<String, Path> bad = new java.util.LinkedHashMap<>();
        bad.put("签名密钥不在本县的可信公钥中", TestBundles.build(work, 8, SigningKeys.generate()));
        bad.put(
                "签名不正确",
                TestBundles.withForeignSignature(work, TestBundles.build(work, 9, hub.countyKey), hub.countyKey));
        Path notABundle = Files.write(
                work.resolve("photo.lkb"),
                "this is not a zip file at all".repeat(50).getBytes());
        bad.put("文件格式不对", notABundle);
        Path cut = work.resolve("cut.lkb");
        byte[] whole = Files.readAllBytes(TestBundles.build(work, 10, hub.countyKey));
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        bad.put("文件格式不对 ", cut);
        bad.put("文件是空的", Files.write(work.resolve("empty.lkb"), new byte[0]));
        for (var e : bad.entrySet()) {
            HttpResponse<String> r = upload(admin, e.getValue());
            assertEquals(400, r.statusCode(), e.getKey() + ": " + r.body());
            assertTrue(r.body().contains(e.getKey().strip()), e.getKey() + " is said: " + r.body());
            assertTrue(r.body().contains("href=\"#bundle\""), "the error links to the file field");
            assertNothingLeft(before);
        }
        HttpResponse<String> noFile = admin.send(HttpRequest.newBuilder(hub.uri("/content/bundles?csrf=" + admin.csrf))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "--xyz\r\nContent-Disposition: form-data; name=\"other\"" + "\r\n\r\nhello\r\n--xyz--\r\n")));
        assertEquals(400, noFile.statusCode());
        assertTrue(noFile.body().contains("请选择要上传的内容包文件"));
    }

    @Test
    void aBundleOverTheLimitIsRefusedWhileItStreamsInWithOrWithoutADeclaredLength() throws Exception {
        try (HubFixture small = new HubFixture(null, 64 * 1024)) {
            ConsoleClient client = new ConsoleClient(small.server.uri());
            client.login("admin", HubFixture.PASSWORD);
            client.get("/content");
            Path bundle = TestBundles.build(work, 11, small.countyKey);
            assertTrue(Files.size(bundle) > 64 * 1024);
            HttpResponse<String> declared =
                    client.send(TestBundles.upload(small.uri("/content/bundles?csrf=" + client.csrf), bundle));
            assertEquals(413, declared.statusCode());
            assertTrue(declared.body().contains("文件太大"), declared.body());

            // Chunked, so the hub learns the size only while reading: the parser stops at the limit.
            byte[] body =
                    ("--b\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"big.lkb\"\r\n\r\n").getBytes();
            byte[] big = new byte[4 << 20];
            InputStream stream =
                    new java.io.SequenceInputStream(new ByteArrayInputStream(body), new ByteArrayInputStream(big));
            HttpResponse<String> chunked =
                    client.send(HttpRequest.newBuilder(small.uri("/content/bundles?csrf=" + client.csrf))
                            .header("Content-Type", "multipart/form-data; boundary=b")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream)));
            assertEquals(413, chunked.statusCode(), chunked.body());
            assertTrue(chunked.body().contains("文件太大"));
            assertEquals(0, small.hub.content().list().size());
            try (var left = Files.list(small.hub.content().incoming())) {
                assertEquals(0, left.count());
            }
        }
    }

    @Test
    void onlyACountyAdminUploadsAndTheTokenMustBeThisSessions() throws Exception {
        Path bundle = TestBundles.build(work, 12, hub.countyKey);
        for (String role : new String[] {"officer", "auditor"}) {
            ConsoleClient client = new ConsoleClient(hub.server.uri());
            client.login(role, HubFixture.PASSWORD);
            String page = client.get("/content").body();
            assertTrue(!page.contains("upload-button"), role + " sees no upload form");
            assertEquals(403, upload(client, bundle).statusCode(), role);
        }
        assertEquals(
                403,
                admin.send(TestBundles.upload(hub.uri("/content/bundles?csrf=forged"), bundle))
                        .statusCode());
        assertEquals(
                403,
                admin.send(TestBundles.upload(hub.uri("/content/bundles"), bundle))
                        .statusCode());
        // Refused before the body is read; a small body, so the client is not still sending when the answer comes.
        Path small = Files.write(work.resolve("small.lkb"), new byte[100]);
        assertEquals(
                401,
                new ConsoleClient(hub.server.uri())
                        .send(TestBundles.upload(hub.uri("/content/bundles?csrf=x"), small))
                        .statusCode());
        assertTrue(hub.hub.content().find(12).isEmpty());
    }
}
