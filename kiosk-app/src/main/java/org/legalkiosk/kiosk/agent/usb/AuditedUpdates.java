package org.legalkiosk.kiosk.agent.usb;

import org.legalkiosk.kiosk.store.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every finished update from a stick or the channel to the audit log, then tells the listener behind it
 * (the screen). An audit log that cannot be written is logged; the update itself already happened or was refused.
 */
public final class AuditedUpdates implements UpdateResultListener {

    private static final Logger LOG = LoggerFactory.getLogger(AuditedUpdates.class);

    private final UpdateResultListener next;
    private final AuditLog audit;

    public AuditedUpdates(UpdateResultListener next, AuditLog audit) {
        this.next = next;
        this.audit = audit;
    }

    @Override
    public void started(UpdateOutcome.Source source, String bundleName) {
        next.started(source, bundleName);
    }

    @Override
    public void finished(UpdateOutcome outcome) {
        String source = outcome.source().name();
        String detail = (outcome.ok() ? "applied " : "refused " + outcome.reason() + " ") + outcome.bundleName() + ": "
                + outcome.message();
        try {
            audit.append(AuditLog.Entry.local(
                    outcome.time(),
                    source.toLowerCase(java.util.Locale.ROOT),
                    source,
                    "content",
                    outcome.ok(),
                    detail));
        } catch (java.io.IOException e) {
            LOG.error(
                    "Could not write the audit log entry for the {} update {}: {}",
                    source,
                    outcome.bundleName(),
                    e.getMessage());
        }
        next.finished(outcome);
    }
}
