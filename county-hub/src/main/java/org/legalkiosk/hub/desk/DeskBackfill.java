package org.legalkiosk.hub.desk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.legalkiosk.hub.terminals.TerminalIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts on the desk the booking events stored before the desk existed (docs/decisions/0096): events in
 * {@code terminal_events} from before V40, which no projection saw. Each stored {@code booking.*} event, oldest first,
 * goes through {@link BookingProjection} itself, so the rules are the live ones (the newest change number wins, where
 * and when fill in what is not known, a field that makes no sense is left out), unless the desk already holds its
 * booking at that change number or a newer one: then that event, or a newer one carrying where and when too, is on
 * the desk already. After a run every event is on the desk that way, so a second run projects nothing and changes
 * nothing, not even {@code updated_at}.
 * <p>
 * The event log keeps no name or phone ({@link BookingProjection#logged}, and kiosks before the desk sent none), so
 * these rows have none; the desk says "姓名未留存". The body goes through {@code logged} first all the same, so a
 * visitor block could never reach the desk from the log.
 */
public final class DeskBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(DeskBackfill.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a run did: events projected, and events found on the desk already (or not projectable). */
    public record Result(int projected, int skipped) {}

    private final BookingProjection projection = new BookingProjection();

    /** Runs in the caller's transaction (Flyway's, for V71). */
    public Result run(Connection c) throws SQLException {
        int projected = 0;
        int skipped = 0;
        try (PreparedStatement events = c.prepareStatement("""
                        SELECT e.id, e.terminal_id, t.township, t.group_name, e.body::text
                        FROM terminal_events e JOIN terminals t ON t.id = e.terminal_id
                        WHERE e.event_type LIKE 'booking.%' ORDER BY e.id""");
                PreparedStatement onDesk = c.prepareStatement(
                        "SELECT change_seq FROM desk_bookings WHERE terminal_id = ? AND booking_code = ?")) {
            events.setFetchSize(500);
            try (ResultSet rs = events.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    TerminalIdentity terminal = new TerminalIdentity(rs.getString(2), rs.getString(3), rs.getString(4));
                    ObjectNode body = body(id, rs.getString(5));
                    if (body == null || !projection.handles(body.path("type").asText(""))) {
                        skipped++;
                        continue;
                    }
                    body = projection.logged(body);
                    long seq = BookingProjection.changeSeq(body.path("type").asText(""), body);
                    onDesk.setString(1, terminal.id());
                    onDesk.setString(2, body.path("code").asText(""));
                    boolean there;
                    try (ResultSet row = onDesk.executeQuery()) {
                        there = row.next() && row.getLong(1) >= seq;
                    }
                    // The projection itself leaves out an event without a valid code or state, as it does live.
                    if (!there && projection.projected(c, terminal, id, body)) {
                        projected++;
                    } else {
                        skipped++;
                    }
                }
            }
        }
        LOG.info("Desk backfill: {} stored booking event(s) projected, {} on the desk already", projected, skipped);
        return new Result(projected, skipped);
    }

    private static ObjectNode body(long id, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node instanceof ObjectNode object ? object : null;
        } catch (JsonProcessingException e) {
            LOG.warn("Stored event {} is not a JSON object; left off the desk", id);
            return null;
        }
    }
}
