package org.legalkiosk.kiosk.agent;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.legalkiosk.kiosk.agent.terminal.BookingAdmin;
import org.legalkiosk.kiosk.agent.terminal.KioskStatus;
import org.legalkiosk.kiosk.agent.terminal.LocalStatusProvider;
import org.legalkiosk.kiosk.agent.terminal.LogSource;
import org.legalkiosk.kiosk.agent.terminal.ScreenCapture;
import org.legalkiosk.kiosk.agent.terminal.StatusProvider;
import org.legalkiosk.kiosk.store.AuditLog;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.legalkiosk.kiosk.store.FileAuditLog;
import org.legalkiosk.kiosk.store.FileNoticesStore;
import org.legalkiosk.kiosk.store.KioskStores;
import org.legalkiosk.kiosk.store.KioskYamlSettingsStore;
import org.legalkiosk.kiosk.store.NoticesStore;
import org.legalkiosk.kiosk.store.SettingsStore;
import org.legalkiosk.kiosk.store.StoreContentAdmin;
import org.legalkiosk.kiosk.store.TokenStore;

/** Everything the agent calls; tests pass fakes or real implementations over a temporary folder. */
public record AgentServices(
        StatusProvider status,
        ContentAdmin content,
        NoticesStore notices,
        SettingsStore settings,
        TokenStore tokens,
        AuditLog audit,
        Clock clock,
        ScreenCapture screen,
        LogSource logs,
        BookingAdmin bookings) {

    public AgentServices {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(notices, "notices");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(screen, "screen");
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(bookings, "bookings");
    }

    /** Without bookings (the booking routes answer 501). */
    public AgentServices(
            StatusProvider status,
            ContentAdmin content,
            NoticesStore notices,
            SettingsStore settings,
            TokenStore tokens,
            AuditLog audit,
            Clock clock,
            ScreenCapture screen,
            LogSource logs) {
        this(status, content, notices, settings, tokens, audit, clock, screen, logs, BookingAdmin.UNAVAILABLE);
    }

    /** The real services of a kiosk whose state lives in {@code dataDir}, with no devices reported yet. */
    public static AgentServices forDataDir(Path dataDir, String appVersion, Clock clock) {
        return forDataDir(dataDir, appVersion, clock, List::of);
    }

    /** The real services, reporting the devices {@code devices} lists in the status. */
    public static AgentServices forDataDir(
            Path dataDir,
            String appVersion,
            Clock clock,
            java.util.function.Supplier<List<KioskStatus.Device>> devices) {
        return forDataDir(
                dataDir, appVersion, clock, devices, StoreContentAdmin.forDataDir(dataDir, appVersion, clock));
    }

    /** The real services over a given content admin, with the other stores of {@code dataDir} made here. */
    public static AgentServices forDataDir(
            Path dataDir,
            String appVersion,
            Clock clock,
            java.util.function.Supplier<List<KioskStatus.Device>> devices,
            ContentAdmin content) {
        return new AgentServices(
                new LocalStatusProvider(appVersion, dataDir, content, devices, clock),
                content,
                new FileNoticesStore(dataDir),
                new KioskYamlSettingsStore(dataDir, s -> {}),
                new TokenStore(dataDir, clock),
                new FileAuditLog(dataDir),
                clock,
                ScreenCapture.NONE,
                LogSource.forDataDir(dataDir));
    }

    /** The real services over the kiosk's stores, the same instances the USB inbox, pull mode and screen use. */
    public static AgentServices forStores(
            KioskStores stores,
            Path dataDir,
            String appVersion,
            Clock clock,
            java.util.function.Supplier<List<KioskStatus.Device>> devices) {
        return new AgentServices(
                new LocalStatusProvider(appVersion, dataDir, stores.content(), devices, clock),
                stores.content(),
                stores.notices(),
                new KioskYamlSettingsStore(dataDir, s -> {}),
                stores.tokens(),
                stores.audit(),
                clock,
                ScreenCapture.NONE,
                LogSource.forDataDir(dataDir));
    }

    public AgentServices withContent(ContentAdmin content) {
        return new AgentServices(status, content, notices, settings, tokens, audit, clock, screen, logs, bookings);
    }

    public AgentServices withScreen(ScreenCapture screen) {
        return new AgentServices(status, content, notices, settings, tokens, audit, clock, screen, logs, bookings);
    }

    public AgentServices withStatus(StatusProvider status) {
        return new AgentServices(status, content, notices, settings, tokens, audit, clock, screen, logs, bookings);
    }

    public AgentServices withBookings(BookingAdmin bookings) {
        return new AgentServices(status, content, notices, settings, tokens, audit, clock, screen, logs, bookings);
    }

    public AgentServices withSettings(SettingsStore settings) {
        return new AgentServices(status, content, notices, settings, tokens, audit, clock, screen, logs, bookings);
    }
}
