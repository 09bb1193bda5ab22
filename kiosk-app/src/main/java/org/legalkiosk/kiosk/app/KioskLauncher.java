package org.legalkiosk.kiosk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;

import org.legalkiosk.booking.print.ReceiptPaper;
import org.legalkiosk.content.source.BundledContent;
import org.legalkiosk.content.source.ContentValidationException;
import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.kiosk.agent.AgentServer;
import org.legalkiosk.kiosk.agent.terminal.KioskStatus;
import org.legalkiosk.kiosk.agent.usb.BundleInbox;
import org.legalkiosk.kiosk.config.AppVersion;
import org.legalkiosk.kiosk.config.GpioSettings;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.config.LiveSettings;
import org.legalkiosk.kiosk.config.TechnicianSettings;
import org.legalkiosk.kiosk.config.VisitorSettings;
import org.legalkiosk.kiosk.hub.HeartbeatWorker;
import org.legalkiosk.kiosk.privacy.DataDirPermissions;
import org.legalkiosk.kiosk.privacy.ProcessUmask;
import org.legalkiosk.kiosk.service.ContentWatcher;
import org.legalkiosk.kiosk.service.EspeakSpeechService;
import org.legalkiosk.kiosk.service.HelpRequests;
import org.legalkiosk.kiosk.service.LiveContentService;
import org.legalkiosk.kiosk.service.LocalContentService;
import org.legalkiosk.kiosk.service.NoticeBoard;
import org.legalkiosk.kiosk.service.PresenceService;
import org.legalkiosk.kiosk.service.PushedNotices;
import org.legalkiosk.kiosk.service.ResidentServices;
import org.legalkiosk.kiosk.service.display.DisplayPowers;
import org.legalkiosk.kiosk.service.display.ScreenSchedule;
import org.legalkiosk.kiosk.service.input.ChineseInput;
import org.legalkiosk.kiosk.service.technician.TechnicianAccess;
import org.legalkiosk.kiosk.service.technician.TechnicianConsole;
import org.legalkiosk.kiosk.service.usage.DailyUsage;
import org.legalkiosk.kiosk.service.usage.DayCounts;
import org.legalkiosk.kiosk.service.usage.UsageOutbox;
import org.legalkiosk.kiosk.store.KioskStores;
import org.legalkiosk.kiosk.ui.attract.AttractViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the services from the configuration and starts the JavaFX application; blocks until it ends. */
public final class KioskLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(KioskLauncher.class);

    /** How often the screen looks for a newly activated content version. */
    private static final long WATCH_SECONDS = 5;

    private KioskLauncher() {}

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
        // One instance of each store for everything that uses it (agent, USB inbox, pull, screen, technician).
        KioskStores stores = KioskStores.forDataDir(config.dataDir(), AppVersion.current(), Clock.systemUTC());
        // What a crash left in the content store (staging folders, orphan objects) goes now, not at the next update.
        stores.content().tidyAtStart();
        // Content: an explicit folder; else the store's active version; else the sample content in the jar.
        Path store = KioskSettings.contentStore(config.dataDir());
        Optional<Path> active = config.contentDir().isPresent() ? Optional.empty() : activeVersion(store);
        Path contentRoot = config.contentDir().or(() -> active).orElseGet(BundledContent::root);
        if (config.contentDir().isEmpty() && active.isEmpty()) {
            LOG.info("No content version installed in {} yet: showing the bundled sample content", store);
        }
        LocalContentService initial =
                LocalContentService.open(contentRoot, config.statuteDir(), Optional.of(config.dataDir()));
        LiveContentService content = new LiveContentService(initial);
        if (config.contentDir().isEmpty()) {
            ContentWatcher watcher = new ContentWatcher(store, active.orElse(null), config.statuteDir(), content);
            watcher.start(WATCH_SECONDS);
        }
        // Open (or, the first time with this content, build) the search index now, off the screen's thread.
        Thread prepare = new Thread(initial::prepareSearch, "search-prepare");
        prepare.setDaemon(true);
        prepare.start();
        if (config.statuteDir().isEmpty()) {
            LOG.warn("No statute texts installed: article chips will say the text is not on this terminal");
        }
        Clock clock = Clock.systemDefaultZone();
        NoticeBoard notices = new NoticeBoard(content, new PushedNotices(stores.notices()), clock);
        LiveSettings settings = new LiveSettings();
        FxScreenCapture screen = new FxScreenCapture();
        if (!config.demo()) {
            UsbProvisioning.applyIfUnprovisioned(config.dataDir(), clock);
        }
        KioskSettings fileSettings = readSettings(config);
        KioskDevices devices = KioskDevices.start(config, GpioSettings.providerOf(fileSettings), clock);
        Optional<KioskBookings> bookings = KioskBookings.tryStart(config.dataDir(), config.demo(), fileSettings, clock);
        ResidentServices residents = bookings.map(b -> ResidentServices.forDevices(
                        b.store(), devices.manager(), ReceiptPaper.MM_80, clock, b::nudgeDelivery))
                .orElseGet(() -> ResidentServices.forDevicesWithoutBookings(devices.manager(), ReceiptPaper.MM_80));
        HelpRequests help = new HelpRequests();
        PresenceService presence = new PresenceService();
        GpioSignals gpio = GpioSignals.start(devices.manager(), help, presence);
        StatusLights lights = StatusLights.start(devices.manager(), stores.content()::busy);
        DailyUsage usage = new DailyUsage(clock);
        UsageReporting usageReporting =
                UsageReporting.start(usage, bookings.map(b -> new UsageOutbox(b.store(), clock)));
        Optional<AgentServer> agent = AgentStarter.start(
                config,
                stores,
                settings,
                screen,
                devices::forStatus,
                bookings,
                () -> tally(help),
                () -> usageToday(usage));
        UpdateAnnouncer updates = new UpdateAnnouncer();
        Optional<HeartbeatWorker> hub =
                HubReporting.start(config, fileSettings, devices, bookings, help, stores, updates, screen);
        // Handwriting and pinyin candidates from the Debian packages, when installed (each says in the log if not).
        ChineseInput input = ChineseInput.installed();
        TechnicianAccess technician = new TechnicianAccess(
                Optional.ofNullable(fileSettings.technician()).flatMap(TechnicianSettings::pin), stores.audit(), clock);
        TechnicianConsole console = new KioskTechnicianConsole(
                AppVersion.current(),
                devices.manager(),
                stores.content(),
                () -> bookings.map(KioskBookings::pendingSync).orElse(-1),
                System.getenv("INVOCATION_ID") != null,
                !config.fullscreen());
        BundleInbox usb = UsbInbox.start(config, stores, updates, clock);
        // Pull mode polls the channel kiosk.yaml names (if any) while the kiosk runs.
        PullUpdates pull = PullUpdates.start(config, stores);
        // The screen's awake hours: a real terminal's session blanks it at night; the demo and a developer's
        // window get the simulated twin (docs/decisions/0020).
        ScreenSchedule display = new ScreenSchedule(
                Optional.ofNullable(fileSettings.display()),
                DisplayPowers.choose(config.demo() || config.headless() || !config.fullscreen(), System.getenv()),
                clock);
        presence.addListener(present -> {
            if (present) {
                display.activity();
            }
        });
        display.start();
        KioskApplication.prepare(new KioskRuntime(
                config,
                content,
                notices,
                EspeakSpeechService.detect(content::recording),
                clock,
                settings,
                screen,
                updates,
                residents,
                DemoPanelFeed.of(devices, bookings),
                help,
                presence,
                Duration.ofSeconds(
                        fileSettings.attractAfterSecondsOrDefault((int) AttractViewModel.DEFAULT_DELAY.toSeconds())),
                VisitorSettings.orDefault(fileSettings.visitor()),
                usage,
                input,
                technician,
                console,
                display));
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            agent.ifPresent(AgentStarter::stop);
                            hub.ifPresent(HubReporting::stop);
                            gpio.close();
                            lights.close();
                            usb.close();
                            pull.close();
                            display.close();
                            usageReporting.close();
                            bookings.ifPresent(KioskBookings::close);
                            devices.close();
                            Platform.exit();
                        },
                        "kiosk-shutdown"));
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
