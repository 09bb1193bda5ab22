package org.legalkiosk.kiosk.app;

import javafx.application.Application;
import javafx.application.Platform;
import org.legalkiosk.content.source.BundledContent;
import org.legalkiosk.content.source.ContentValidationException;
import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.kiosk.booking.print.ReceiptPaper;
import org.legalkiosk.kiosk.config.GpioSettings;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.service.ResidentServices;
import org.legalkiosk.kiosk.service.input.ChineseInput;
import org.legalkiosk.kiosk.service.technician.TechnicianAccess;
import org.legalkiosk.kiosk.service.technician.TechnicianConsole;
import org.legalkiosk.kiosk.config.TechnicianSettings;
import org.legalkiosk.kiosk.agent.FileAuditLog;
import org.legalkiosk.kiosk.ui.attract.AttractViewModel;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.config.VisitorSettings;
import org.legalkiosk.kiosk.booking.store.UsageOutbox;
import org.legalkiosk.kiosk.service.usage.DailyUsage;
import org.legalkiosk.kiosk.service.usage.DayCounts;
import org.legalkiosk.kiosk.config.LiveSettings;
import org.legalkiosk.kiosk.service.ContentWatcher;
import org.legalkiosk.kiosk.service.EspeakSpeechService;
import org.legalkiosk.kiosk.agent.AgentServer;
import org.legalkiosk.kiosk.agent.KioskStatus;
import org.legalkiosk.kiosk.agent.StoreContentAdmin;
import org.legalkiosk.kiosk.cli.VersionProvider;
import org.legalkiosk.kiosk.service.HelpRequests;
import org.legalkiosk.kiosk.service.PresenceService;
import org.legalkiosk.kiosk.agent.usb.BundleInbox;
import org.legalkiosk.kiosk.privacy.DataDirPermissions;
import org.legalkiosk.kiosk.privacy.ProcessUmask;
import org.legalkiosk.kiosk.service.LiveContentService;
import org.legalkiosk.kiosk.hub.HeartbeatWorker;
import org.legalkiosk.kiosk.service.NoticeBoard;
import org.legalkiosk.kiosk.service.PushedNotices;
import org.legalkiosk.kiosk.service.LocalContentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Wires the services from the configuration and starts the JavaFX application; blocks until it ends. */
public final class KioskLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(KioskLauncher.class);

    /** How often the screen looks for a newly activated content version. */
    private static final long WATCH_SECONDS = 5;

    private KioskLauncher() {
    }

    private static Optional<Path> activeVersion(Path store) {
        try {
            return ContentStore.activeFolder(store);
        } catch (java.io.IOException e) {
            LOG.error("Content store {} unreadable: {}", store, e.toString());
            return Optional.empty();
        }
    }

    public static void launch(KioskConfig config) throws ContentValidationException {
        if (config.headless()) {
            useHeadlessPlatform();
        }
        ProcessUmask.restrict();
        DataDirPermissions.tighten(config.dataDir());
        LogFiles.writeTo(config.dataDir());
        // What a crash left in the content store (staging folders, orphan objects) goes now, not at the next update.
        StoreContentAdmin.shared(config.dataDir(), VersionProvider.version(), Clock.systemUTC()).tidyAtStart();
        // Content: an explicit folder; else the store's active version; else the sample content in the jar.
        Path store = KioskSettings.contentStore(config.dataDir());
        Optional<Path> active = config.contentDir().isPresent() ? Optional.empty() : activeVersion(store);
        Path contentRoot = config.contentDir().or(() -> active).orElseGet(BundledContent::root);
        if (config.contentDir().isEmpty() && active.isEmpty()) {
            LOG.info("No content version installed in {} yet: showing the bundled sample content", store);
        }
        LocalContentService initial = LocalContentService.open(contentRoot, config.statuteDir());
        LiveContentService content = new LiveContentService(initial);
        if (config.contentDir().isEmpty()) {
            ContentWatcher watcher = new ContentWatcher(store, active.orElse(null), config.statuteDir(), content);
            watcher.start(WATCH_SECONDS);
        }
        // Build the search index now, off the screen's thread, so the first search is quick.
        Thread prepare = new Thread(initial::prepareSearch, "search-prepare");
        prepare.setDaemon(true);
        prepare.start();
        if (config.statuteDir().isEmpty()) {
            LOG.warn("No statute texts installed: article chips will say the text is not on this terminal");
        }
        Clock clock = Clock.systemDefaultZone();
        NoticeBoard notices = new NoticeBoard(content, new PushedNotices(config.dataDir()), clock);
        LiveSettings settings = new LiveSettings();
        FxScreenCapture screen = new FxScreenCapture();
        if (!config.demo()) {
            UsbProvisioning.applyIfUnprovisioned(config.dataDir(), clock);
        }
        KioskSettings fileSettings = readSettings(config);
        KioskDevices devices = KioskDevices.start(config, GpioSettings.providerOf(fileSettings), clock);
        Optional<KioskBookings> bookings = KioskBookings.tryStart(config.dataDir(), config.demo(), fileSettings, clock);
        ResidentServices residents = bookings
                .map(b -> ResidentServices.forDevices(b.store(), devices.manager(), ReceiptPaper.MM_80, clock,
                        b::nudgeDelivery))
                .orElseGet(() -> ResidentServices.forDevicesWithoutBookings(devices.manager(), ReceiptPaper.MM_80));
        HelpRequests help = new HelpRequests();
        PresenceService presence = new PresenceService();
        GpioSignals gpio = GpioSignals.start(devices.manager(), help, presence);
        StatusLights lights = StatusLights.start(devices.manager(),
                StoreContentAdmin.shared(config.dataDir(), VersionProvider.version(), clock)::busy);
        DailyUsage usage = new DailyUsage(clock);
        UsageReporting usageReporting = UsageReporting.start(usage,
                bookings.map(b -> new UsageOutbox(b.store(), clock)));
        Optional<AgentServer> agent = AgentStarter.start(config, settings, screen, devices::forStatus,
                bookings, () -> tally(help), () -> usageToday(usage));
        Optional<HeartbeatWorker> hub = HubReporting.start(config, fileSettings, devices, bookings, help);
        UpdateAnnouncer updates = new UpdateAnnouncer();
        // Handwriting and pinyin candidates from the Debian packages, when installed (each says in the log if not).
        ChineseInput input = ChineseInput.installed();
        TechnicianAccess technician = new TechnicianAccess(
                Optional.ofNullable(fileSettings.technician()).flatMap(TechnicianSettings::pin),
                new FileAuditLog(config.dataDir()), clock);
        TechnicianConsole console = new KioskTechnicianConsole(VersionProvider.version(), devices.manager(),
                StoreContentAdmin.shared(config.dataDir(), VersionProvider.version(), clock),
                () -> bookings.map(KioskBookings::pendingSync).orElse(-1),
                System.getenv("INVOCATION_ID") != null, !config.fullscreen());
        BundleInbox usb = UsbInbox.start(config, updates, clock);
        KioskApplication.prepare(new KioskRuntime(config, content, notices, EspeakSpeechService.detect(content::recording), clock,
                settings, screen, updates, residents, DemoPanelFeed.of(devices, bookings), help, presence,
                Duration.ofSeconds(fileSettings.attractAfterSecondsOrDefault(
                        (int) AttractViewModel.DEFAULT_DELAY.toSeconds())),
                VisitorSettings.orDefault(fileSettings.visitor()), usage, input, technician, console));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            agent.ifPresent(AgentStarter::stop);
            hub.ifPresent(HubReporting::stop);
            gpio.close();
            lights.close();
            usb.close();
            usageReporting.close();
            bookings.ifPresent(KioskBookings::close);
            devices.close();
            Platform.exit();
        }, "kiosk-shutdown"));
        Application.launch(KioskApplication.class);
    }

    /** The help requests as the agent reports them. */
    static KioskStatus.HelpTally tally(HelpRequests help) {
        HelpRequests.Summary s = help.summary();
        return new KioskStatus.HelpTally(s.count(), s.last().orElse(null));
    }

    /** Today's anonymous usage counts as the agent reports them. */
    static KioskStatus.Usage usageToday(DailyUsage usage) {
        DayCounts today = usage.today();
        return new KioskStatus.Usage(today.day().toString(), today.counts());
    }

    /** kiosk.yaml as the run command already validated it; unreadable now means the defaults. */
    private static KioskSettings readSettings(KioskConfig config) {
        try {
            return KioskSettings.read(config.dataDir());
        } catch (KioskSettings.InvalidSettingsException e) {
            LOG.error("Settings unreadable, using defaults: {}", e.getMessage());
            return KioskSettings.none();
        }
    }

    /**
     * Monocle's headless platform renders the whole UI in memory, in software, with no display server. These
     * properties must be set before JavaFX starts.
     */
    static void useHeadlessPlatform() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        // The default virtual screen is 1280x800; a terminal's screen is 1080p.
        System.setProperty("headless.geometry", "1920x1080-32");
        System.setProperty("java.awt.headless", "true");
    }
}
