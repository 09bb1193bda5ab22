package org.legalkiosk.hub.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.protocol.Limits;
import org.legalkiosk.hub.protocol.TerminalApi;
import org.legalkiosk.hub.terminals.Screenshot;
import org.legalkiosk.hub.terminals.ScreenshotStore;
import org.legalkiosk.kiosk.agent.terminal.ScreenCapture;
import org.legalkiosk.kiosk.hub.HeartbeatWorker;
import org.legalkiosk.kiosk.hub.HubClient;
import org.legalkiosk.kiosk.hub.HubCredentials;
import org.legalkiosk.kiosk.hub.HubNoticeSync;
import org.legalkiosk.kiosk.hub.ScreenshotUploader;
import org.legalkiosk.kiosk.store.FileNoticesStore;

/**
 * A screenshot from request to stored picture: the county asks, the kiosk's own heartbeat worker gets the request
 * and its {@link ScreenshotUploader} captures and uploads with the terminal's token; a headless kiosk says it has no
 * screen. Uploads nobody asked for, bytes that are not a PNG, oversized pictures and bad tokens are refused.
 */
public class ScreenshotToHubTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static HubFixture hub;

    @BeforeAll
    static void start() throws Exception {
        hub = new HubFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    /** A real PNG of that size (other tests use it too). */
    public static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x1f5f8b));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.drawString("法律服务 Legal Kiosk", 20, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A kiosk in {@code dir} with the given screen (empty: headless), enrolled through its code file. */
    private static HeartbeatWorker kiosk(Path dir, String id, Optional<ScreenCapture> screen) throws Exception {
        Files.writeString(
                dir.resolve(HubCredentials.ENROL_CODE_FILE),
                hub.provision(id, "城关镇").enrolCode());
        HubClient client = new HubClient(hub.server.uri());
        HubCredentials credentials =
                new HubCredentials(dir.resolve("hub-token"), dir.resolve(HubCredentials.ENROL_CODE_FILE));
        HeartbeatRequest report = new HeartbeatRequest("0.1.0", 3L, List.of(), 0, null, 0, null, 10);
        return new HeartbeatWorker(
                client,
                credentials,
                () -> report,
                new HubNoticeSync(new FileNoticesStore(dir)),
                new HeartbeatWorker.Actions(t -> {}, new ScreenshotUploader(client, credentials, screen, "0.1.0")),
                "0.1.0",
                60);
    }

    private static int upload(String token, String type, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(hub.uri(TerminalApi.SCREENSHOT))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /**
     * An upload whose declared length is over the limit, sent as headers only: the hub must refuse it from the
     * header, before reading a byte. (Sending the whole body races the refusal: the hub answers 413 and closes while
     * the client still writes, and the client may see the connection reset before it reads the answer.)
     */
    private static int declareTooLarge(String token, int length) throws Exception {
        URI uri = hub.uri(TerminalApi.SCREENSHOT);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: image/png\r\nContent-Length: " + length
                    + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void theKioskAnswersARequestWithItsScreenAndTheHubKeepsTheLastPicture(@TempDir Path dir) throws Exception {
        byte[] picture = png(1920, 1080);
        HeartbeatWorker kiosk = kiosk(dir, "t-shot", Optional.of(() -> Optional.of(picture)));
        kiosk.beatOnce(); // enrols; no request yet
        assertTrue(hub.hub.screenshots().latest("t-shot").isEmpty());

        hub.hub.terminals().requestScreenshot("admin", "t-shot");
        assertTrue(kiosk.beatOnce().orElseThrow().screenshotRequested());
        Screenshot shot = hub.hub.screenshots().latest("t-shot").orElseThrow();
        assertTrue(shot.hasPicture());
        assertEquals(1920, shot.width());
        assertEquals(1080, shot.height());
        assertEquals(hub.clock.instant(), shot.receivedAt());
        assertArrayEquals(picture, hub.hub.screenshots().png("t-shot").orElseThrow());

        String token = Files.readString(dir.resolve("hub-token")).strip();
        assertEquals(409, upload(token, "image/png", png(800, 600)), "a second picture nobody asked for");
        assertArrayEquals(picture, hub.hub.screenshots().png("t-shot").orElseThrow(), "the first one is kept");
    }

    @Test
    void aHeadlessKioskTellsTheHubItHasNoScreen(@TempDir Path dir) throws Exception {
        HeartbeatWorker kiosk = kiosk(dir, "t-headless", Optional.empty());
        kiosk.beatOnce();
        hub.hub.terminals().requestScreenshot("admin", "t-headless");
        kiosk.beatOnce();
        Screenshot answer = hub.hub.screenshots().latest("t-headless").orElseThrow();
        assertFalse(answer.hasPicture());
        assertTrue(answer.unavailable().contains("--headless"), answer.unavailable());
        assertTrue(hub.hub.screenshots().png("t-headless").isEmpty());
    }

    @Test
    void uploadsThatAreNotAskedForNotPngsTooLargeOrWithoutAValidTokenAreRefused(@TempDir Path dir) throws Exception {
        HeartbeatWorker kiosk = kiosk(dir, "t-refuse", Optional.empty());
        kiosk.beatOnce();
        String token = Files.readString(dir.resolve("hub-token")).strip();
        byte[] picture = png(640, 480);

        assertEquals(409, upload(token, "image/png", picture), "no request went out");
        assertEquals(401, upload(null, "image/png", picture));
        assertEquals(401, upload("not-a-token", "image/png", picture));
        assertEquals(415, upload(token, "image/jpeg", picture));

        hub.hub.terminals().requestScreenshot("admin", "t-refuse");
        hub.hub
                .heartbeats()
                .accept(
                        hub.hub.terminals().authenticate(token).orElseThrow(),
                        new HeartbeatRequest("0.1.0", 3L, List.of(), 0, null, 0, null, 10));
        assertEquals(400, upload(token, "image/png", "GIF89a not a png at all, just text".getBytes()));
        assertEquals(413, declareTooLarge(token, Limits.MAX_SCREENSHOT_BYTES + 1));
        byte[] wide = picture.clone();
        wide[16] = 0x7f; // IHDR width's high byte: a 2-billion-pixel-wide "screenshot"
        assertEquals(400, upload(token, "image/png", wide));
        assertTrue(hub.hub.screenshots().latest("t-refuse").isEmpty(), "nothing refused was stored");

        assertEquals(201, upload(token, "image/png", picture), "the request still waits for a good answer");
        hub.clock.advance(ScreenshotStore.ANSWER_WITHIN.plusMinutes(1));
        hub.hub.terminals().requestScreenshot("admin", "t-refuse");
        hub.hub
                .heartbeats()
                .accept(
                        hub.hub.terminals().authenticate(token).orElseThrow(),
                        new HeartbeatRequest("0.1.0", 3L, List.of(), 0, null, 0, null, 10));
        hub.clock.advance(ScreenshotStore.ANSWER_WITHIN.plusMinutes(1));
        assertEquals(409, upload(token, "image/png", picture), "an answer long after the request is refused");
    }
}
