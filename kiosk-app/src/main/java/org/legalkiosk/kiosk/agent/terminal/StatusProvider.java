package org.legalkiosk.kiosk.agent.terminal;

import java.io.IOException;

/** The terminal's state right now, for {@code GET /api/v1/status}. */
@FunctionalInterface
public interface StatusProvider {
    KioskStatus status() throws IOException;
}
