package org.legalkiosk.kiosk.hub;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.legalkiosk.booking.domain.OfficeDecision;
import org.legalkiosk.booking.store.BookingStoreException;
import org.legalkiosk.booking.store.DecisionOutcome;
import org.legalkiosk.booking.store.OfficeDecisions;
import org.legalkiosk.hub.protocol.BookingDecision;
import org.legalkiosk.hub.protocol.HeartbeatReply;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.protocol.Limits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The township office's decisions from the heartbeat reply into the booking store, and their acknowledgements back
 * in the next heartbeat (docs/decisions/0056). Every decision dealt with is acknowledged: applied, found applied
 * before, overtaken by the visitor's own cancellation, for a booking purged here, or of a kind this kiosk does not
 * know. Only one the store could not write (the disk full, the file locked too long) is left unacknowledged, so the
 * hub sends it again.
 * <p>
 * The acknowledgements wait in memory until a reply shows the hub took them. A power cut in between loses them, and
 * the hub sends those decisions again: the store applies by the decision's number, so the repeat changes nothing and
 * is acknowledged then.
 */
public final class HubDecisionSync {

    private static final Logger LOG = LoggerFactory.getLogger(HubDecisionSync.class);

    private final OfficeDecisions decisions;
    private final Runnable onChange;
    private final Set<Long> dealtWith = new LinkedHashSet<>();

    /**
     * @param onChange called after a decision changed a booking (its {@code booking.state_changed} event is in the
     *                 outbox: the wiring wakes the outbox worker); quick, and what it throws is logged
     */
    public HubDecisionSync(OfficeDecisions decisions, Runnable onChange) {
        this.decisions = decisions;
        this.onChange = onChange;
    }

    public HubDecisionSync(OfficeDecisions decisions) {
        this(decisions, () -> {});
    }

    /** The heartbeat with the acknowledgements not yet taken by the hub (an empty list: "I take decisions"). */
    public synchronized HeartbeatRequest report(HeartbeatRequest beat) {
        return beat.withDecisionAcks(
                dealtWith.stream().limit(Limits.MAX_DECISION_ACKS).toList());
    }

    /**
     * The hub answered {@code sent}: its acknowledgements are recorded there; the reply's decisions are applied here.
     */
    public void answered(HeartbeatRequest sent, HeartbeatReply reply) {
        synchronized (this) {
            if (sent.decisionAcks() != null) {
                sent.decisionAcks().forEach(dealtWith::remove);
            }
        }
        boolean changed = false;
        List<Long> handled = new ArrayList<>();
        for (BookingDecision wire : reply.decisions()) {
            Optional<OfficeDecision.Kind> kind = OfficeDecision.Kind.parse(wire.decision());
            if (kind.isEmpty()) {
                LOG.warn(
                        "Decision {} for booking {} is of a kind this kiosk does not know ({}); dropped",
                        wire.seq(),
                        wire.code(),
                        wire.decision());
                handled.add(wire.seq());
                continue;
            }
            try {
                DecisionOutcome outcome = decisions.apply(officeDecision(wire, kind.get()));
                changed |= outcome == DecisionOutcome.APPLIED && kind.get() != OfficeDecision.Kind.CONFIRMED;
                handled.add(wire.seq());
            } catch (BookingStoreException e) {
                // Not acknowledged: the hub sends it with the next reply.
                LOG.warn("Decision {} for booking {} not applied now: {}", wire.seq(), wire.code(), e.toString());
            }
        }
        synchronized (this) {
            dealtWith.addAll(handled);
        }
        if (changed) {
            try {
                onChange.run();
            } catch (RuntimeException e) {
                LOG.warn("Could not pass on a decision's change; the outbox worker finds it at its next look", e);
            }
        }
    }

    /**
     * The decision as the store keeps it. A list reason this kiosk does not know (a newer hub's) is left out, with
     * the officer's words: My booking then shows the Chinese text the decision carries, as from a hub without reason
     * codes (docs/decisions/0095).
     */
    static OfficeDecision officeDecision(BookingDecision wire, OfficeDecision.Kind kind) {
        OfficeDecision.Reason listReason =
                OfficeDecision.Reason.parse(wire.reasonCode()).orElse(null);
        return new OfficeDecision(
                wire.seq(),
                wire.code(),
                kind,
                wire.reason(),
                listReason,
                listReason == null ? null : wire.reasonWords(),
                wire.decidedAt());
    }

    /** How many acknowledgements wait for the next heartbeat (for tests and the status page). */
    public synchronized int pendingAcks() {
        return dealtWith.size();
    }
}
