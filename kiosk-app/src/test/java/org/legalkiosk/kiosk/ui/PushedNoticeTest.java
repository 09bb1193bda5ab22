package org.legalkiosk.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.service.NoticeBoard;
import org.legalkiosk.kiosk.service.PushedNotices;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.store.FileNoticesStore;
import org.legalkiosk.kiosk.store.NoticeDocument;
import org.legalkiosk.kiosk.testing.RecordingSpeech;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A notice pushed through the agent reaches the screen without a content release, once nobody is using it. */
@ExtendWith(ApplicationExtension.class)
class PushedNoticeTest {

    @TempDir
    static Path data;

    private final AtomicLong nanos = new AtomicLong();
    private KioskSession session;
    private KioskUi ui;

    @Start
    void start(Stage stage) {
        ContentService content = TestKiosk.content();
        session = new KioskSession(Language.ZH);
        NoticeBoard notices = new NoticeBoard(content, new PushedNotices(data), TestKiosk.CLOCK);
        ui = new KioskUi(
                new ScreenContext(content, notices, session, TestKiosk.CLOCK),
                new RecordingSpeech(),
                Duration.ofSeconds(90),
                nanos::get);
        stage.setScene(new Scene(ui.root(), 1920, 1080));
        stage.show();
    }

    @Test
    void anUrgentPushedNoticeTakesOverHomeAtTheNextIdleMoment(FxRobot robot) throws Exception {
        robot.clickOn("#" + Ids.TILE_EXPLAINERS);
        new FileNoticesStore(data)
                .put(new NoticeDocument(
                        "office-closed",
                        new NoticeDocument.Text("今天司法所不办公", "Office closed today"),
                        null,
                        "2026-11-28T00:00:00Z",
                        "2026-11-29T00:00:00Z",
                        "urgent"));
        robot.interact(ui::tick);
        assertEquals(new Route.Categories(), session.navigator().current(), "not while someone is using the screen");

        nanos.addAndGet(Duration.ofSeconds(91).toNanos());
        robot.interact(ui::tick);
        nanos.addAndGet(Duration.ofSeconds(20).toNanos()); // the unanswered "do you need more time?"
        robot.interact(ui::tick);
        assertTrue(robot.lookup("#" + Ids.URGENT_NOTICE).tryQuery().isPresent());

        new FileNoticesStore(data).delete("office-closed");
        robot.interact(ui::tick);
        assertFalse(robot.lookup("#" + Ids.URGENT_NOTICE).tryQuery().isPresent(), "withdrawn: Home is back");
        assertTrue(robot.lookup("#" + Ids.TILE_EXPLAINERS).tryQuery().isPresent());
    }

    @Test
    void anExpiredPushedNoticeIsNotShown() throws Exception {
        new FileNoticesStore(data)
                .put(new NoticeDocument(
                        "old-news",
                        new NoticeDocument.Text("上个月的通知", null),
                        null,
                        "2026-10-01T00:00:00Z",
                        "2026-10-02T00:00:00Z",
                        "high"));
        NoticeBoard board = new NoticeBoard(TestKiosk.content(), new PushedNotices(data), TestKiosk.CLOCK);
        assertTrue(board.active().stream().noneMatch(n -> n.id().equals("old-news")));
        assertTrue(board.active().stream().anyMatch(n -> n.id().equals("monthly-legal-clinic")), "content notices too");
    }
}
