package org.legalkiosk.hub;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.callbacks.CallbackProjection;
import org.legalkiosk.hub.content.ContentLibrary;
import org.legalkiosk.hub.content.RolloutStore;
import org.legalkiosk.hub.desk.BookingProjection;
import org.legalkiosk.hub.desk.DeskBookings;
import org.legalkiosk.hub.notices.NoticeStore;
import org.legalkiosk.hub.schedule.Schedules;
import org.legalkiosk.hub.security.PasswordHasher;
import org.legalkiosk.hub.terminals.AuditChainCheck;
import org.legalkiosk.hub.terminals.EventIntake;
import org.legalkiosk.hub.terminals.FleetView;
import org.legalkiosk.hub.terminals.GroupStore;
import org.legalkiosk.hub.terminals.HeartbeatIntake;
import org.legalkiosk.hub.terminals.ScreenshotStore;
import org.legalkiosk.hub.terminals.TerminalRegistry;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.users.UserStore;

/**
 * Every store and service of the hub over one database, built once by the command line (or a test) and handed to
 * the server: the wiring in one place, no framework.
 *
 * @param content  the uploaded bundles and the pull channel, or null for a hub built without a content folder
 *                 (the command line's user and terminal commands); the console then refuses uploads
 * @param rollouts null exactly when {@code content} is
 */
public record Hub(
        DataSource db,
        Clock clock,
        int heartbeatSeconds,
        TerminalRegistry terminals,
        GroupStore groups,
        HeartbeatIntake heartbeats,
        EventIntake events,
        FleetView fleet,
        NoticeStore notices,
        UserStore users,
        SessionStore sessions,
        AuditLog audit,
        ContentLibrary content,
        RolloutStore rollouts,
        ScreenshotStore screenshots,
        AuditChainCheck auditChains,
        Schedules schedules,
        DeskBookings desk) {

    public static final int DEFAULT_HEARTBEAT_SECONDS = 60;

    public static Hub over(DataSource db, Clock clock, int heartbeatSeconds) {
        return over(db, clock, heartbeatSeconds, null);
    }

    /** With the content library whose pull channel the heartbeat replies point terminals to. */
    public static Hub over(DataSource db, Clock clock, int heartbeatSeconds, ContentLibrary content) {
        NoticeStore notices = new NoticeStore(db);
        return new Hub(
                db,
                clock,
                heartbeatSeconds,
                new TerminalRegistry(db, clock, heartbeatSeconds),
                new GroupStore(db),
                new HeartbeatIntake(
                        db,
                        notices,
                        clock,
                        heartbeatSeconds,
                        content == null ? null : content.channelKey().publicKeyBase64()),
                new EventIntake(db, List.of(new CallbackProjection(clock), new BookingProjection())),
                new FleetView(db, clock),
                notices,
                new UserStore(db, new PasswordHasher()),
                new SessionStore(db, clock),
                new AuditLog(db),
                content,
                content == null ? null : new RolloutStore(db, content),
                new ScreenshotStore(db, clock),
                new AuditChainCheck(db),
                Schedules.over(db),
                new DeskBookings(db, clock));
    }
}
