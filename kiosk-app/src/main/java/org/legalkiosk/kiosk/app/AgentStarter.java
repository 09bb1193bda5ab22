package org.legalkiosk.kiosk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.legalkiosk.kiosk.agent.AgentConfig;
import org.legalkiosk.kiosk.agent.AgentServer;
import org.legalkiosk.kiosk.agent.AgentServices;
import org.legalkiosk.kiosk.agent.terminal.BookingAdminStore;
import org.legalkiosk.kiosk.agent.terminal.KioskStatus;
import org.legalkiosk.kiosk.agent.terminal.LocalStatusProvider;
import org.legalkiosk.kiosk.agent.terminal.ScreenCapture;
import org.legalkiosk.kiosk.config.AppVersion;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.config.LiveSettings;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.legalkiosk.kiosk.store.KioskStores;
import org.legalkiosk.kiosk.store.KioskYamlSettingsStore;
import org.legalkiosk.kiosk.store.Role;
import org.legalkiosk.kiosk.store.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the HTTP agent beside the screen. A failure (the port taken, a bad keystore) is logged and the kiosk
 * runs on without remote administration: villagers must never lose the screen because of the agent.
 */
final class AgentStarter {

    private static final Logger LOG = LoggerFactory.getLogger(AgentStarter.class);
    static final String DEMO_TOKEN_FILE = "agent-token";
    private static final String DEMO_TOKEN_NAME = "demo";

    private AgentStarter() {}

    static Optional<AgentServer> start(KioskConfig config, LiveSettings settings) {
        return start(
                config, settings, ScreenCapture.NONE, List::of, Optional.empty(), () -> KioskStatus.HelpTally.NONE);
    }

    /** Over stores of its own: for a kiosk that runs nothing else on its data folder (tests, tools). */
    static Optional<AgentServer> start(
            KioskConfig config,
            LiveSettings settings,
            ScreenCapture screen,
            Supplier<List<KioskStatus.Device>> devices,
            Optional<KioskBookings> bookings,
            Supplier<KioskStatus.HelpTally> helpRequests) {
        return start(
                config,
                KioskStores.forDataDir(config.dataDir(), AppVersion.current(), Clock.systemUTC()),
                settings,
                screen,
                devices,
                bookings,
                helpRequests,
                () -> KioskStatus.Usage.NONE);
    }

    /**
     * The agent over the kiosk's stores (the instances the USB inbox, pull mode and the screen share), serving the
     * booking routes and reporting the outbox backlog when {@code bookings} is present, the villagers' help
     * requests in the status and the metrics, and today's anonymous usage counts.
     */
    static Optional<AgentServer> start(
            KioskConfig config,
            KioskStores stores,
            LiveSettings settings,
            ScreenCapture screen,
            Supplier<List<KioskStatus.Device>> devices,
            Optional<KioskBookings> bookings,
            Supplier<KioskStatus.HelpTally> helpRequests,
            Supplier<KioskStatus.Usage> usage) {
        if (config.agentPort() < 0) {
            return Optional.empty();
        }
        try {
            Clock clock = Clock.systemUTC();
            if (config.demo()) {
                writeDemoToken(config.dataDir(), stores.tokens());
                DemoSigningKey.ensure(config.dataDir(), config.agentPort());
            }
            String version = AppVersion.current();
            ContentAdmin content = stores.content();
            IntSupplier pending = () -> bookings.map(KioskBookings::pendingSync).orElse(0);
            AgentServices services = AgentServices.forStores(stores, config.dataDir(), version, clock, devices)
                    .withStatus(new LocalStatusProvider(
                            version, config.dataDir(), content, devices, pending, helpRequests, usage, clock))
                    .withSettings(new KioskYamlSettingsStore(config.dataDir(), settings::publish))
                    // --headless renders into memory only: there is no screen a technician could look at (503).
                    .withScreen(config.headless() ? ScreenCapture.NONE : screen);
            if (bookings.isPresent()) {
                services = services.withBookings(
                        BookingAdminStore.of(bookings.get().store(), Clock.systemDefaultZone()));
            }
            AgentConfig listening = AgentListening.configFor(
                    config, KioskSettings.read(config.dataDir()).agent());
            AgentServer agent = AgentServer.newServer(listening, services).start();
            return Optional.of(agent);
        } catch (Exception e) {
            LOG.error("Agent not started, the kiosk runs without remote administration: {}", describe(e));
            return Optional.empty();
        }
    }

    /** What went wrong in an operator's words: the message, with the exception's kind only when it has none. */
    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    static void stop(AgentServer agent) {
        try {
            agent.close();
        } catch (Exception e) {
            LOG.warn("Agent did not stop cleanly: {}", e.toString());
        }
    }

    /**
     * Demo mode: a fresh admin token at every start, readable only by this user, so a developer can try the API
     * at once. Earlier demo tokens are revoked, so they do not pile up.
     */
    static void writeDemoToken(Path dataDir, TokenStore tokens) throws IOException {
        for (TokenStore.TokenInfo t : tokens.list()) {
            if (t.name().equals(DEMO_TOKEN_NAME)) {
                tokens.revoke(t.id());
            }
        }
        TokenStore.IssuedToken issued = tokens.create(Role.ADMIN, DEMO_TOKEN_NAME);
        Path file = dataDir.resolve(DEMO_TOKEN_FILE);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, issued.secret() + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
