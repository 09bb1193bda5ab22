package org.legalkiosk.kiosk.booking.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.legalkiosk.content.selfcheck.SelfCheckTally;
import org.legalkiosk.kiosk.service.SelfCheckStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Counts finished self-checks in the booking store's outbox, one {@value #EVENT_TYPE} row per check, so the outbox
 * worker delivers them with the bookings. The payload names the check, its outcome and the day: no answers, no
 * time of day, nothing that could point back to the person who stood at the terminal.
 */
public final class SelfCheckTallies implements SelfCheckStatistics {

    public static final String EVENT_TYPE = "selfcheck.completed";

    private static final Logger LOG = LoggerFactory.getLogger(SelfCheckTallies.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BookingStore store;
    private final Clock clock;

    public SelfCheckTallies(BookingStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void record(SelfCheckTally tally) {
        if (tally.count() == 0) {
            return;
        }
        String key = UUID.randomUUID().toString();
        ObjectNode payload = JSON.createObjectNode()
                .put("type", EVENT_TYPE)
                .put("idempotencyKey", key)
                .put("checkId", tally.checkId())
                .put("outcomeId", tally.outcomeId())
                .put("count", tally.count())
                .put("day", LocalDate.now(clock).toString());
        // One INSERT commits on its own; there is nothing else to keep in step with it.
        try (Connection connection = store.connect();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO outbox (event_type, idempotency_key, payload, created) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, EVENT_TYPE);
            insert.setString(2, key);
            insert.setString(3, payload.toString());
            insert.setString(4, clock.instant().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new BookingStoreException("cannot record the self-check tally", e);
        }
        LOG.info("Self-check {} finished with outcome {}", tally.checkId(), tally.outcomeId());
    }
}
