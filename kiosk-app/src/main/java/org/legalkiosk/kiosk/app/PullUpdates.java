package org.legalkiosk.kiosk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.legalkiosk.kiosk.agent.pull.ChannelPoller;
import org.legalkiosk.kiosk.agent.pull.PullResult;
import org.legalkiosk.kiosk.agent.pull.PullSettings;
import org.legalkiosk.kiosk.agent.usb.AuditedUpdates;
import org.legalkiosk.kiosk.agent.usb.UpdateResultListener;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.legalkiosk.kiosk.store.KioskStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pull mode in the running kiosk: polls the channel the {@code pull:} section of kiosk.yaml names, through the
 * {@link ChannelPoller}. The file is the one source of truth whether an installer wrote it or an admin changed it
 * through {@code PUT /api/v1/config}, so it is read again every few seconds (as the content watcher and the USB
 * inbox look at their folders) and a changed section replaces the poller without a restart; no section, no polling.
 * A broken file keeps the poller as it was. Everything runs on one daemon thread of its own, so two pollers never
 * overlap.
 */
public final class PullUpdates implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PullUpdates.class);
    /** How often kiosk.yaml is read for a changed {@code pull:} section. */
    static final Duration SETTINGS_CHECK = Duration.ofSeconds(5);
    /** The first check after start or a change, before jitter: soon, but not in the middle of start-up. */
    static final Duration FIRST_CHECK = Duration.ofSeconds(30);

    private final Path dataDir;
    private final ContentAdmin content;
    private final UpdateResultListener listener;
    private final Clock clock;
    private final Duration firstCheck;
    private final ScheduledExecutorService scheduler;
    private KioskSettings.Pull configured;
    private ChannelPoller poller;
    private volatile String lastProblem;

    private PullUpdates(
            Path dataDir, ContentAdmin content, UpdateResultListener listener, Clock clock, Duration firstCheck) {
        this.dataDir = dataDir;
        this.content = content;
        this.listener = listener;
        this.clock = clock;
        this.firstCheck = firstCheck;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "content-pull");
            t.setDaemon(true);
            return t;
        });
    }

    /** For {@code legalkiosk run}: over the kiosk's stores, results logged and audited, the first check in 30-60 s. */
    static PullUpdates start(KioskConfig config, KioskStores stores) {
        Clock clock = Clock.systemUTC();
        Duration first = FIRST_CHECK.plusMillis(ThreadLocalRandom.current().nextLong(FIRST_CHECK.toMillis() + 1));
        return start(
                config.dataDir(),
                stores.content(),
                new AuditedUpdates(new UpdateAnnouncer(), stores.audit()),
                clock,
                first,
                SETTINGS_CHECK);
    }

    /**
     * @param firstCheck    the wait before the first check of a newly configured channel
     * @param settingsCheck how often kiosk.yaml is read for changes
     */
    static PullUpdates start(
            Path dataDir,
            ContentAdmin content,
            UpdateResultListener listener,
            Clock clock,
            Duration firstCheck,
            Duration settingsCheck) {
        PullUpdates pull = new PullUpdates(dataDir, content, listener, clock, firstCheck);
        pull.scheduler.scheduleWithFixedDelay(pull::readSettings, 0, settingsCheck.toMillis(), TimeUnit.MILLISECONDS);
        return pull;
    }

    /** The channel being polled now, if any. */
    synchronized Optional<KioskSettings.Pull> channel() {
        return Optional.ofNullable(configured);
    }

    /** How the last check of the current channel ended. */
    synchronized Optional<PullResult> lastResult() {
        return poller == null ? Optional.empty() : poller.lastResult();
    }

    /** Why kiosk.yaml could not be used at the last look, if it could not. */
    Optional<String> settingsProblem() {
        return Optional.ofNullable(lastProblem);
    }

    private void readSettings() {
        try {
            KioskSettings.Pull wanted = KioskSettings.read(dataDir).pull();
            lastProblem = null;
            reconfigure(wanted);
        } catch (KioskSettings.InvalidSettingsException e) {
            if (!e.getMessage().equals(lastProblem)) {
                LOG.warn("kiosk.yaml cannot be used, content pull stays as it was: {}", e.getMessage());
                lastProblem = e.getMessage();
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; the next look must still happen.
            LOG.error("Reading the pull settings failed", e);
        }
    }

    private synchronized void reconfigure(KioskSettings.Pull wanted) {
        if (Objects.equals(wanted, configured) || scheduler.isShutdown()) {
            return;
        }
        if (poller != null) {
            poller.close();
            poller = null;
        }
        configured = wanted;
        if (wanted == null) {
            LOG.info("No content channel configured: not polling");
            return;
        }
        poller = ChannelPoller.forDataDir(dataDir, PullSettings.from(wanted), content, clock, listener)
                .start(scheduler, firstCheck);
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.close();
            poller = null;
        }
        scheduler.shutdownNow();
    }
}
