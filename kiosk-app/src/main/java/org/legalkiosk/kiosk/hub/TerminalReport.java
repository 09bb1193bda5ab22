package org.legalkiosk.kiosk.hub;

import org.legalkiosk.hub.protocol.HeartbeatRequest;

/** What this terminal reports in a heartbeat, gathered fresh each time. */
@FunctionalInterface
public interface TerminalReport {

    HeartbeatRequest snapshot();
}
