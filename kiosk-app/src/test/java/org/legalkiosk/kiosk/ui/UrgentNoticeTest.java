package org.legalkiosk.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.LocalContentService;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.testing.RecordingSpeech;
import org.legalkiosk.kiosk.testing.Screenshots;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A flood warning or "office closed today" takes over Home for every new visitor until they acknowledge it. */
@ExtendWith(ApplicationExtension.class)
class UrgentNoticeTest {

    @TempDir
    static Path content;

    private final AtomicLong nanos = new AtomicLong();
    private KioskSession session;
    private KioskUi ui;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        TestKiosk.copyOfContent(content);
        Files.writeString(content.resolve("notices.yaml"), """
                - id: flood-warning
                  title: {zh: 暴雨预警：今天司法所不办公, en: "Rainstorm warning: the judicial office is closed today"}
                  body: {zh: 请不要出门。有急事请拨打 12348。, en: Please stay at home. For urgent matters call 12348.}
                  priority: urgent
                  start: 2026-11-28T00:00:00Z
                  end: 2026-11-29T00:00:00Z
                """);
        session = new KioskSession(Language.ZH);
        ui = new KioskUi(
                new ScreenContext(LocalContentService.open(content, Optional.empty()), session, TestKiosk.CLOCK),
                new RecordingSpeech(),
                Duration.ofSeconds(90),
                nanos::get);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void takesOverHomeUntilTheVisitorHasReadItAndAgainForTheNextVisitor(FxRobot robot) {
        assertTrue(robot.lookup("#" + Ids.URGENT_NOTICE).tryQuery().isPresent());
        assertFalse(robot.lookup("#" + Ids.TILE_EXPLAINERS).tryQuery().isPresent(), "the notice comes first");
        Screenshots.save(scene, "16-urgent-notice-zh");

        robot.clickOn("#" + Ids.URGENT_CONTINUE);
        assertTrue(robot.lookup("#" + Ids.TILE_EXPLAINERS).tryQuery().isPresent());
        assertTrue(robot.lookup("#" + Ids.NOTICE_BANNER).tryQuery().isPresent(), "still named in the banner");

        nanos.addAndGet(Duration.ofSeconds(91).toNanos());
        robot.interact(ui::tick);
        assertTrue(robot.lookup("#" + Ids.URGENT_NOTICE).tryQuery().isPresent(), "the next visitor sees it too");
    }
}
