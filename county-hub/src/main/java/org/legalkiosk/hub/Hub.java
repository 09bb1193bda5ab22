package org.legalkiosk.hub;

import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.notices.NoticeStore;
import org.legalkiosk.hub.security.PasswordHasher;
import org.legalkiosk.hub.terminals.EventIntake;
import org.legalkiosk.hub.terminals.FleetView;
import org.legalkiosk.hub.terminals.GroupStore;
import org.legalkiosk.hub.terminals.HeartbeatIntake;
import org.legalkiosk.hub.terminals.TerminalRegistry;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.users.UserStore;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * Every store and service of the hub over one database, built once by the command line (or a test) and handed to
 * the server: the wiring in one place, no framework.
 */
public record Hub(DataSource db, Clock clock, int heartbeatSeconds, TerminalRegistry terminals, GroupStore groups,
                  HeartbeatIntake heartbeats, EventIntake events, FleetView fleet, NoticeStore notices,
                  UserStore users, SessionStore sessions, AuditLog audit) {

    public static final int DEFAULT_HEARTBEAT_SECONDS = 60;

    public static Hub over(DataSource db, Clock clock, int heartbeatSeconds) {
        NoticeStore notices = new NoticeStore(db);
        return new Hub(db, clock, heartbeatSeconds,
                new TerminalRegistry(db, clock, heartbeatSeconds),
                new GroupStore(db),
                new HeartbeatIntake(db, notices, clock, heartbeatSeconds),
                new EventIntake(db),
                new FleetView(db, clock),
                notices,
                new UserStore(db, new PasswordHasher()),
                new SessionStore(db, clock),
                new AuditLog(db));
    }
}
