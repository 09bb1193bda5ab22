package org.legalkiosk.booking.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.booking.domain.OfficeDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The township office's decisions about this terminal's bookings, as the hub passes them on (docs/decisions/0056):
 * each booking keeps the newest decision by its {@code seq}, and the state it leads to. Applying is idempotent and
 * order-proof: a decision whose seq is not above the one kept changes nothing, so a repeat after a lost
 * acknowledgement, or an older decision arriving after a newer one, is harmless. The visitor's own cancellation on
 * the terminal is final and is not undone by any decision; a decision for a booking no longer here, or erased after
 * the retention period, is dropped. Whatever the outcome, the caller acknowledges the decision.
 * <p>
 * A decision that moves the booking (attended, no-show, cancelled: {@link BookingState#REJECTED}, freeing its seat)
 * writes the state, the decision and the {@code booking.state_changed} outbox event in one transaction, like every
 * other change to a booking.
 */
public final class OfficeDecisions {

    private static final Logger LOG = LoggerFactory.getLogger(OfficeDecisions.class);

    private final Database database;
    private final BookingReads reads;
    private final BookingWrites writes;

    OfficeDecisions(Database database, BookingReads reads, BookingWrites writes) {
        this.database = database;
        this.reads = reads;
        this.writes = writes;
    }

    /** Applies one decision; see the class comment for what each outcome means. */
    public DecisionOutcome apply(OfficeDecision decision) {
        DecisionOutcome outcome = database.inTransaction(connection -> {
            long kept;
            boolean erased;
            try (PreparedStatement q =
                    connection.prepareStatement("SELECT office_decision_seq, erased FROM bookings WHERE code = ?")) {
                q.setString(1, decision.code());
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return DecisionOutcome.PURGED;
                    }
                    kept = rs.getLong(1);
                    erased = rs.getBoolean(2);
                }
            }
            if (erased) {
                return DecisionOutcome.PURGED;
            }
            if (decision.seq() <= kept) {
                return DecisionOutcome.ALREADY_APPLIED;
            }
            Booking current = reads.read(connection, decision.code()).orElseThrow();
            BookingState target = decision.kind().state();
            if (current.state() != target) {
                if (!current.state().canMoveTo(target)) {
                    return DecisionOutcome.OVERTAKEN;
                }
                writes.moveState(connection, current, target);
            }
            record(connection, decision);
            return DecisionOutcome.APPLIED;
        });
        LOG.info(
                "Office decision {} ({}) for booking {}: {}",
                decision.seq(),
                decision.kind(),
                decision.code(),
                outcome);
        return outcome;
    }

    /** Applies each in order; answers the outcomes in the same order. */
    public List<DecisionOutcome> applyAll(List<OfficeDecision> decisions) {
        return decisions.stream().map(this::apply).toList();
    }

    /** The newest decision applied to this booking, if any. */
    public Optional<OfficeDecision> latest(String code) {
        List<OfficeDecision> found = database.query(
                """
                SELECT office_decision_seq, office_decision, office_reason, office_decided_at, office_reason_code,
                    office_reason_words FROM bookings
                WHERE code = ? AND office_decision_seq > 0""",
                statement -> statement.setString(1, code),
                rs -> new OfficeDecision(
                        rs.getLong(1),
                        code,
                        OfficeDecision.Kind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        OfficeDecision.Reason.parse(rs.getString(5)).orElse(null),
                        rs.getString(6),
                        Instant.parse(rs.getString(4))),
                "the office's decision");
        return found.stream().findFirst();
    }

    private static void record(Connection connection, OfficeDecision decision) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE bookings SET office_decision_seq = ?, office_decision = ?, office_reason = ?,
                    office_decided_at = ?, office_reason_code = ?, office_reason_words = ?
                WHERE code = ?""")) {
            update.setLong(1, decision.seq());
            update.setString(2, decision.kind().name());
            update.setString(3, decision.reason());
            update.setString(4, decision.decidedAt().toString());
            update.setString(
                    5,
                    decision.listReason() == null ? null : decision.listReason().name());
            update.setString(6, decision.words());
            update.setString(7, decision.code());
            update.executeUpdate();
        }
    }
}
