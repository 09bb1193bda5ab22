package org.legalkiosk.kiosk.hub;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.legalkiosk.booking.sync.Backoff;
import org.legalkiosk.hub.protocol.AuditAnchor;
import org.legalkiosk.hub.protocol.AuditHead;
import org.legalkiosk.hub.protocol.HeartbeatReply;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports to the county hub on one daemon thread, beside the outbox worker: enrol if needed, send a heartbeat, act on
 * the reply (notices into the notices store, the content target and a screenshot request to the callbacks), then wait
 * the interval the hub asked for with ±10 % jitter, so 15,000 terminals restarted by one power cut do not all report
 * in the same second. A failure backs off (exponential, full jitter, capped at the interval's 15 minutes); a refused
 * token is forgotten and re-read. {@link #beatOnce()} is the whole step, callable from tests without the thread.
 */
public final class HeartbeatWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatWorker.class);
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15));

    /**
     * What the kiosk does with a reply besides the notices.
     *
     * @param schedule  reports the hub schedule held and applies a new one; null on a kiosk without bookings
     * @param decisions applies the offices' decisions and acknowledges them; null on a kiosk without bookings
     */
    public record Actions(
            Consumer<org.legalkiosk.hub.protocol.ContentTarget> content,
            Runnable screenshot,
            HubScheduleSync schedule,
            HubDecisionSync decisions) {

        /** Without the offices' decisions. */
        public Actions(
                Consumer<org.legalkiosk.hub.protocol.ContentTarget> content,
                Runnable screenshot,
                HubScheduleSync schedule) {
            this(content, screenshot, schedule, null);
        }

        /** Without a hub schedule. */
        public Actions(Consumer<org.legalkiosk.hub.protocol.ContentTarget> content, Runnable screenshot) {
            this(content, screenshot, null, null);
        }

        public static final Actions LOG_ONLY = new Actions(
                t -> LOG.info("The hub asks for content {} v{}", t.channel(), t.version()),
                () -> LOG.info("The hub asks for a screenshot"));
    }

    private final HubClient client;
    private final HubCredentials credentials;
    private final TerminalReport report;
    private final HubNoticeSync notices;
    private final Actions actions;
    private final String appVersion;
    private final Random random = new SecureRandom();
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread;
    private final AuditSource audit;
    private volatile AuditAnchor anchor;
    private volatile int intervalSeconds;
    private volatile boolean closed;
    private int failures;

    /** The head of the audit log, proven against the hub's last anchor (null before the hub sent one). */
    @FunctionalInterface
    public interface AuditSource {
        AuditHead head(AuditAnchor anchor) throws IOException;
    }

    public HeartbeatWorker(
            HubClient client,
            HubCredentials credentials,
            TerminalReport report,
            HubNoticeSync notices,
            Actions actions,
            String appVersion,
            int intervalSeconds) {
        this(client, credentials, report, notices, actions, appVersion, intervalSeconds, null);
    }

    /** As the other constructor, with the audit-log head in every heartbeat ({@code audit} null for none). */
    public HeartbeatWorker(
            HubClient client,
            HubCredentials credentials,
            TerminalReport report,
            HubNoticeSync notices,
            Actions actions,
            String appVersion,
            int intervalSeconds,
            AuditSource audit) {
        this.audit = audit;
        this.client = client;
        this.credentials = credentials;
        this.report = report;
        this.notices = notices;
        this.actions = actions;
        this.appVersion = appVersion;
        this.intervalSeconds = intervalSeconds;
        this.thread = new Thread(this::run, "hub-heartbeat");
        thread.setDaemon(true);
    }

    public HeartbeatWorker start() {
        thread.start();
        return this;
    }

    /**
     * One step: enrol if needed, report, act on the reply.
     *
     * @return the reply, or empty when there is no token yet or the step failed (logged)
     */
    public Optional<HeartbeatReply> beatOnce() throws InterruptedException {
        try {
            Optional<String> token = credentials.token(client, appVersion);
            if (token.isEmpty()) {
                LOG.warn("No hub token and no enrolment code in the data directory: not reporting to the hub");
                return Optional.empty();
            }
            HeartbeatRequest beat = report.snapshot();
            if (audit != null) {
                try {
                    beat = beat.withAudit(audit.head(anchor));
                } catch (IOException e) {
                    // The heartbeat still goes: an unreadable log is the hub's to notice by the missing head.
                    LOG.warn("The audit log's head could not be read: {}", e.getMessage());
                }
            }
            beat = actions.schedule() == null
                    ? beat
                    : beat.withSchedule(actions.schedule().report());
            beat = actions.decisions() == null ? beat : actions.decisions().report(beat);
            HeartbeatReply reply = client.heartbeat(token.get(), beat);
            intervalSeconds = reply.nextHeartbeatSeconds();
            if (reply.auditAnchor() != null) {
                anchor = reply.auditAnchor();
            }
            int changed = notices.apply(reply.notices());
            if (changed > 0) {
                LOG.info("{} notice(s) from the hub changed", changed);
            }
            if (reply.content() != null) {
                actions.content().accept(reply.content());
            }
            if (reply.schedule() != null && actions.schedule() != null) {
                actions.schedule().apply(reply.schedule());
            }
            if (actions.decisions() != null) {
                actions.decisions().answered(beat, reply);
            }
            if (reply.screenshotRequested()) {
                actions.screenshot().run();
            }
            failures = 0;
            return Optional.of(reply);
        } catch (HubException e) {
            if (e.unauthorized()) {
                credentials.refused();
            }
            failures++;
            if (failures == 1 || failures % 10 == 0) {
                LOG.warn("Heartbeat to the hub failed ({} in a row): {}", failures, e.getMessage());
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            failures++;
            LOG.warn("Heartbeat to the hub failed: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Sends the next heartbeat now (after a help press, say) instead of at the end of the interval. */
    public void nudge() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    private void run() {
        try {
            while (!closed) {
                beatOnce();
                long waitMillis = failures == 0
                        ? Math.round(intervalSeconds * 1000 * (0.9 + 0.2 * random.nextDouble()))
                        : BACKOFF.delay(failures, random).toMillis();
                if (wake.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                    // Woken early (a booking to report, a notice to fetch): one beat for however many wake-ups.
                    wake.drainPermits();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        thread.interrupt();
        thread.join(5_000);
    }
}
