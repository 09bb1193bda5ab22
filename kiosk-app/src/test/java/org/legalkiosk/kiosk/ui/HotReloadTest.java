package org.legalkiosk.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.LiveContentService;
import org.legalkiosk.kiosk.service.LocalContentService;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.testing.RecordingSpeech;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** New content arrives while someone reads: it waits until they have gone, then the whole version switches. */
@ExtendWith(ApplicationExtension.class)
class HotReloadTest {

    private static final String OLD_TITLE = "老人去世没留遗嘱，遗产怎么分？";
    private static final String NEW_TITLE = "没有遗嘱，遗产怎么分？（新版）";

    @TempDir
    static Path newVersion;

    private final AtomicLong nanos = new AtomicLong();
    private LiveContentService content;
    private KioskSession session;
    private KioskUi ui;

    @Start
    void start(Stage stage) {
        content = new LiveContentService(TestKiosk.content());
        session = new KioskSession(Language.ZH);
        ui = new KioskUi(
                new ScreenContext(content, session, TestKiosk.CLOCK),
                new RecordingSpeech(),
                Duration.ofSeconds(90),
                nanos::get);
        stage.setScene(new Scene(ui.root(), 1920, 1080));
        stage.show();
    }

    /** A second content version: the sample content with one explainer retitled. */
    private static LocalContentService nextVersion() throws Exception {
        Path source = TestKiosk.contentSource();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path rel = source.relativize(f);
                String top = rel.getName(0).toString();
                if (!(top.equals("explainers") || top.equals("images") || top.endsWith(".yaml"))) {
                    continue;
                }
                Path target = newVersion.resolve(rel.toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path explainer = newVersion.resolve("explainers/succession/inheritance-order.zh.md");
        Files.writeString(explainer, Files.readString(explainer).replace("title: " + OLD_TITLE, "title: " + NEW_TITLE));
        return LocalContentService.open(newVersion, Optional.empty());
    }

    private String title(FxRobot robot) {
        return robot.lookup("#" + Ids.EXPLAINER_TITLE).queryAs(Labeled.class).getText();
    }

    @Test
    void waitsWhileSomeoneReadsAndSwitchesOnceTheyHaveGone(FxRobot robot) throws Exception {
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        assertEquals(OLD_TITLE, title(robot));

        content.offer(nextVersion());
        nanos.addAndGet(Duration.ofSeconds(30).toNanos());
        robot.interact(ui::tick);
        assertEquals(OLD_TITLE, title(robot), "never while a villager is reading");
        assertTrue(content.hasPendingUpdate());

        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        robot.interact(ui::tick);
        assertTrue(content.hasPendingUpdate(), "not while the kiosk asks whether they need more time");
        nanos.addAndGet(Duration.ofSeconds(20).toNanos());
        robot.interact(ui::tick);
        assertFalse(content.hasPendingUpdate());
        assertEquals(Route.HOME, session.navigator().current());
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        assertEquals(NEW_TITLE, title(robot));
    }

    @Test
    void anIdleTerminalSwitchesAtTheNextBeat(FxRobot robot) throws Exception {
        nanos.addAndGet(Duration.ofSeconds(91).toNanos());
        robot.interact(ui::tick);
        content.offer(nextVersion());
        robot.interact(ui::tick);
        assertFalse(content.hasPendingUpdate(), "nobody is using the terminal: switch now");
        assertEquals(
                NEW_TITLE,
                content.library()
                        .explainer("inheritance-order", Language.ZH)
                        .orElseThrow()
                        .title());
    }

    @Test
    void aTouchAfterTheIdleResetHoldsTheUpdateBackAgain(FxRobot robot) throws Exception {
        nanos.addAndGet(Duration.ofSeconds(91).toNanos());
        robot.interact(ui::tick);
        robot.clickOn("#" + Ids.TILE_EXPLAINERS);
        content.offer(nextVersion());
        robot.interact(ui::tick);
        assertTrue(content.hasPendingUpdate(), "a new visitor arrived: wait for them to leave");
    }
}
