package org.legalkiosk.kiosk.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.content.store.VersionPin;
import org.legalkiosk.hub.protocol.ContentPin;
import org.legalkiosk.hub.protocol.DeviceReport;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.kiosk.agent.terminal.ScreenCapture;
import org.legalkiosk.kiosk.agent.usb.AuditedUpdates;
import org.legalkiosk.kiosk.agent.usb.UpdateResultListener;
import org.legalkiosk.kiosk.config.AppVersion;
import org.legalkiosk.kiosk.config.HubSettings;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.hub.AuditHeadReader;
import org.legalkiosk.kiosk.hub.HeartbeatWorker;
import org.legalkiosk.kiosk.hub.HubClient;
import org.legalkiosk.kiosk.hub.HubContentFollower;
import org.legalkiosk.kiosk.hub.HubCredentials;
import org.legalkiosk.kiosk.hub.HubDecisionSync;
import org.legalkiosk.kiosk.hub.HubNoticeSync;
import org.legalkiosk.kiosk.hub.HubScheduleSync;
import org.legalkiosk.kiosk.hub.ScreenshotUploader;
import org.legalkiosk.kiosk.service.HelpRequests;
import org.legalkiosk.kiosk.store.KioskStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the heartbeat to the county hub when {@code kiosk.yaml} has a {@code hub:} section, with what this kiosk
 * reports (versions, devices, help presses, outbox backlog, disk, uptime). A failure to start never stops the screen.
 */
final class HubReporting {

    private static final Logger LOG = LoggerFactory.getLogger(HubReporting.class);

    private HubReporting() {}

    static Optional<HeartbeatWorker> start(
            KioskConfig config,
            KioskSettings settings,
            KioskDevices devices,
            Optional<KioskBookings> bookings,
            HelpRequests help,
            KioskStores stores) {
        return start(config, settings, devices, bookings, help, stores, UpdateResultListener.NONE, ScreenCapture.NONE);
    }

    /**
     * @param stores  the kiosk's one instance of each store (content admin, notices, audit log)
     * @param updates told of each content update the hub's target brings, as the USB inbox and pull mode tell it
     * @param screen  the screen the agent's {@code GET /screenshot} also captures; under {@code --headless} the kiosk
     *                has none and tells the hub so when asked for a screenshot
     */
    static Optional<HeartbeatWorker> start(
            KioskConfig config,
            KioskSettings settings,
            KioskDevices devices,
            Optional<KioskBookings> bookings,
            HelpRequests help,
            KioskStores stores,
            UpdateResultListener updates,
            ScreenCapture screen) {
        HubSettings hub = settings.hub();
        if (hub == null) {
            return Optional.empty();
        }
        try {
            Path dataDir = config.dataDir();
            HubClient client = new HubClient(hub.baseUri());
            HubCredentials credentials =
                    new HubCredentials(hub.tokenPath(dataDir), dataDir.resolve(HubCredentials.ENROL_CODE_FILE));
            String version = AppVersion.current();
            Clock clock = Clock.systemUTC();
            // The content target of each reply is pulled from the hub's own channel (the kiosk's one content admin,
            // so a push, a USB stick or a configured pull: channel never applies at the same time).
            HubContentFollower content = HubContentFollower.forDataDir(
                    hub.baseUri(), dataDir, stores.content(), clock, new AuditedUpdates(updates, stores.audit()));
            // The outbox read its token at start; one that arrives by enrolment now starts delivery at once.
            bookings.ifPresent(b -> credentials.onEnrolled(b::restartDelivery));
            ScreenshotUploader screenshots = new ScreenshotUploader(
                    client, credentials, config.headless() ? Optional.empty() : Optional.of(screen), version);
            HeartbeatWorker.Actions actions = new HeartbeatWorker.Actions(
                    content,
                    screenshots,
                    bookings.map(b -> new HubScheduleSync(b.store(), dataDir, clock))
                            .orElse(null),
                    bookings.map(b -> new HubDecisionSync(b.store().decisions(), b::nudgeDelivery))
                            .orElse(null));
            AuditHeadReader audit = new AuditHeadReader(stores.audit().file());
            HeartbeatWorker worker = new HeartbeatWorker(
                            client,
                            credentials,
                            () -> report(version, dataDir, devices, bookings, help),
                            new HubNoticeSync(stores.notices()),
                            actions,
                            version,
                            hub.heartbeatSecondsOrDefault(),
                            audit::read)
                    .start();
            LOG.info("Reporting to the county hub at {}", hub.baseUri());
            return Optional.of(worker);
        } catch (RuntimeException e) {
            LOG.error("Cannot start reporting to the county hub: {}", e.toString());
            return Optional.empty();
        }
    }

    static void stop(HeartbeatWorker worker) {
        try {
            worker.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static HeartbeatRequest report(
            String version, Path dataDir, KioskDevices devices, Optional<KioskBookings> bookings, HelpRequests help) {
        List<DeviceReport> states = devices.forStatus().stream()
                .limit(32)
                .map(d -> new DeviceReport(d.name(), null, d.state().toUpperCase(Locale.ROOT), d.detail()))
                .toList();
        HelpRequests.Summary presses = help.summary();
        return new HeartbeatRequest(
                version,
                contentVersion(dataDir),
                states,
                presses.count(),
                presses.last().orElse(null),
                bookings.map(KioskBookings::pendingSync).orElse(0),
                dataDir.toFile().getUsableSpace(),
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000,
                pin(dataDir),
                null);
    }

    /** The pin an explicit rollback set (the same record the agent's status shows), or null. */
    static ContentPin pin(Path dataDir) {
        try {
            return VersionPin.read(KioskSettings.contentStore(dataDir))
                    .map(p -> new ContentPin(p.version(), p.rolledBackFrom(), p.since()))
                    .orElse(null);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The content pin could not be read for the hub: {}", e.getMessage());
            return null;
        }
    }

    private static Long contentVersion(Path dataDir) {
        try {
            return ContentStore.activeFolder(KioskSettings.contentStore(dataDir))
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("\\d{1,18}"))
                    .map(Long::parseLong)
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
