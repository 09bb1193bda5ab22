package org.legalkiosk.kiosk.app;

import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.hub.protocol.DeviceReport;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.kiosk.agent.FileNoticesStore;
import org.legalkiosk.kiosk.cli.VersionProvider;
import org.legalkiosk.kiosk.config.HubSettings;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.hub.HeartbeatWorker;
import org.legalkiosk.kiosk.hub.HubClient;
import org.legalkiosk.kiosk.hub.HubCredentials;
import org.legalkiosk.kiosk.hub.HubNoticeSync;
import org.legalkiosk.kiosk.service.HelpRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Starts the heartbeat to the county hub when {@code kiosk.yaml} has a {@code hub:} section, with what this kiosk
 * reports (versions, devices, help presses, outbox backlog, disk, uptime). A failure to start never stops the screen.
 */
final class HubReporting {

    private static final Logger LOG = LoggerFactory.getLogger(HubReporting.class);

    private HubReporting() {
    }

    static Optional<HeartbeatWorker> start(KioskConfig config, KioskSettings settings, KioskDevices devices,
                                           Optional<KioskBookings> bookings, HelpRequests help) {
        HubSettings hub = settings.hub();
        if (hub == null) {
            return Optional.empty();
        }
        try {
            Path dataDir = config.dataDir();
            HubClient client = new HubClient(hub.baseUri());
            HubCredentials credentials = new HubCredentials(hub.tokenPath(dataDir),
                    dataDir.resolve(HubCredentials.ENROL_CODE_FILE));
            String version = VersionProvider.version();
            HeartbeatWorker worker = new HeartbeatWorker(client, credentials,
                    () -> report(version, dataDir, devices, bookings, help),
                    new HubNoticeSync(new FileNoticesStore(dataDir)), HeartbeatWorker.Actions.LOG_ONLY, version,
                    hub.heartbeatSecondsOrDefault()).start();
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

    static HeartbeatRequest report(String version, Path dataDir, KioskDevices devices,
                                   Optional<KioskBookings> bookings, HelpRequests help) {
        List<DeviceReport> states = devices.forStatus().stream().limit(32)
                .map(d -> new DeviceReport(d.name(), null, d.state().toUpperCase(Locale.ROOT), d.detail()))
                .toList();
        HelpRequests.Summary presses = help.summary();
        return new HeartbeatRequest(version, contentVersion(dataDir), states, presses.count(),
                presses.last().orElse(null), bookings.map(KioskBookings::pendingSync).orElse(0),
                dataDir.toFile().getUsableSpace(), ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
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
