package org.legalkiosk.hub.protocol;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A terminal's part of the county's schedule, sent in a heartbeat reply only when it changed since the version the
 * terminal reports having. {@code document} is the schedule document the kiosk's agent already accepts on
 * {@code PUT /api/v1/schedule} (offices, services, explicit slots), read on the kiosk by the booking module's strict
 * {@code ScheduleReader}; each slot's {@code seats} is this terminal's quota of that slot, not the office's capacity.
 *
 * @param version  increases whenever the terminal's schedule changes; the terminal reports it back once applied
 * @param document the schedule document
 */
public record TerminalSchedule(long version, JsonNode document) {

    public TerminalSchedule {
        if (version < 1) {
            throw new IllegalArgumentException("schedule.version must be at least 1, not " + version);
        }
        Objects.requireNonNull(document, "schedule.document");
        if (!document.isObject()) {
            throw new IllegalArgumentException("schedule.document must be a JSON object");
        }
    }
}
