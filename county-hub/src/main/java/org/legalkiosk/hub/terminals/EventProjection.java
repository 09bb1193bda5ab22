package org.legalkiosk.hub.terminals;

import java.sql.Connection;
import java.sql.SQLException;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A table kept from one type of terminal event (callback requests from {@code callback.requested}, …), filled in the
 * transaction that stores the event, so the event and its projection commit together and a retried event (already
 * stored) is never projected twice.
 */
public interface EventProjection {

    /** Whether events of this type are this projection's. */
    boolean handles(String eventType);

    /**
     * The body as the event log keeps it. A projection that holds a personal field itself (a phone to ring back)
     * answers a copy without it, so the append-only log never holds what the projection purges later.
     */
    default ObjectNode logged(ObjectNode body) {
        return body;
    }

    /**
     * Projects one newly stored event.
     *
     * @param body the body as the terminal sent it, personal fields included
     */
    void project(Connection connection, TerminalIdentity terminal, long eventId, ObjectNode body) throws SQLException;
}
