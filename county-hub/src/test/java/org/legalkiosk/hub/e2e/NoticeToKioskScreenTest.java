package org.legalkiosk.hub.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.notices.NoticeDraft;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.kiosk.hub.HeartbeatWorker;
import org.legalkiosk.kiosk.hub.HubClient;
import org.legalkiosk.kiosk.hub.HubCredentials;
import org.legalkiosk.kiosk.hub.HubNoticeSync;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.service.LocalContentService;
import org.legalkiosk.kiosk.service.NoticeBoard;
import org.legalkiosk.kiosk.service.PushedNotices;
import org.legalkiosk.kiosk.service.SilentSpeechService;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.store.FileNoticesStore;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.shell.KioskUi;

/**
 * Issue 14's last end-to-end check: a notice composed on a real hub reaches a real kiosk screen. The kiosk's own
 * heartbeat worker enrols with a one-time code and beats once; its notice sync writes what the reply carries; the
 * kiosk's UI (headless JavaFX on Monocle, the sample content) shows the notice's title and text on the Notices screen.
 * Screenshot {@code kiosk-hub-notice.png} in {@code county-hub/target/screenshots/}.
 */
class NoticeToKioskScreenTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String TITLE = "12月8日起司法所搬到镇政府东楼";
    private static final String BODY = "城关镇司法所12月8日起在镇政府院内东楼一层办公，电话不变。";

    private static HubFixture hub;

    @BeforeAll
    static void start() throws Exception {
        hub = new HubFixture();
        // As the kiosk's own headless run mode does (KioskLauncher.useHeadlessPlatform): no display server here.
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1080-32");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get();
        Platform.setImplicitExit(false);
    }

    @AfterAll
    static void stop() throws Exception {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void aNoticePublishedOnTheHubIsOnTheKiosksScreenAfterItsHeartbeat(@TempDir Path kioskDir) throws Exception {
        Instant now = hub.clock.instant();
        hub.hub
                .notices()
                .create(
                        "admin",
                        new NoticeDraft(
                                TITLE,
                                "The judicial office moves on 8 December",
                                BODY,
                                "From 8 December in the east building.",
                                false,
                                now,
                                now.plus(Duration.ofDays(14)),
                                List.of()));

        Files.writeString(
                kioskDir.resolve(HubCredentials.ENROL_CODE_FILE),
                hub.provision("cg-nanjie", "城关镇").enrolCode());
        HubClient client = new HubClient(hub.server.uri());
        FileNoticesStore notices = new FileNoticesStore(kioskDir);
        HeartbeatWorker kiosk = new HeartbeatWorker(
                client,
                new HubCredentials(kioskDir.resolve("hub-token"), kioskDir.resolve(HubCredentials.ENROL_CODE_FILE)),
                () -> new HeartbeatRequest("0.1.0", 5L, List.of(), 0, null, 0, 20L << 30, 600),
                new HubNoticeSync(notices),
                HeartbeatWorker.Actions.LOG_ONLY,
                "0.1.0",
                60);

        Clock kioskClock = Clock.fixed(now.plus(Duration.ofMinutes(1)), ZoneId.of("Asia/Shanghai"));
        ContentService content = LocalContentService.open(contentSource(), Optional.empty());
        KioskSession session = new KioskSession(Language.ZH);
        ScreenContext context = new ScreenContext(
                content, new NoticeBoard(content, new PushedNotices(notices), kioskClock), session, kioskClock);
        Scene scene = onFx(() -> {
            KioskUi ui = new KioskUi(context, new SilentSpeechService(), Duration.ofSeconds(90), System::nanoTime);
            Stage stage = new Stage();
            Scene s = new Scene(ui.root(), 1920, 1080);
            stage.setScene(s);
            stage.show();
            session.navigator().open(new Route.Notices());
            return s;
        });
        List<String> before = onFx(() -> texts(scene));
        assertTrue(before.stream().anyMatch(t -> t.contains("律师来村里免费答疑")), "the content's own notice: " + before);
        assertFalse(before.stream().anyMatch(t -> t.contains(TITLE)), "not before the heartbeat");

        assertTrue(kiosk.beatOnce().isPresent(), "enrolled and heard back");
        List<String> shown = onFx(() -> {
            session.navigator().home();
            session.navigator().open(new Route.Notices());
            return texts(scene);
        });
        assertTrue(shown.stream().anyMatch(t -> t.contains(TITLE)), "the title on the Notices screen: " + shown);
        assertTrue(shown.stream().anyMatch(t -> t.contains(BODY)), "and its text");
        screenshot(scene, "kiosk-hub-notice");
    }

    /** The project's sample content, found above the working directory (the module folder under Maven). */
    private static Path contentSource() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("content").resolve("categories.yaml"))) {
                return p.resolve("content");
            }
        }
        throw new IllegalStateException("content/ not found above the working directory");
    }

    /** The text of every label and button on screen, after a layout pass (paged lists fill themselves in it). */
    private static List<String> texts(Scene scene) {
        scene.snapshot(null);
        List<String> texts = new ArrayList<>();
        collect(scene.getRoot(), texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    private static void screenshot(Scene scene, String name) throws Exception {
        WritableImage image = onFx(() -> scene.snapshot(null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(SHOTS);
        ImageIO.write(png, "png", SHOTS.resolve(name + ".png").toFile());
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
