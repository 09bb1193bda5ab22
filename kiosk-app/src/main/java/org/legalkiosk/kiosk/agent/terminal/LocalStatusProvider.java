package org.legalkiosk.kiosk.agent.terminal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.legalkiosk.kiosk.store.ContentAdmin;

/**
 * The status of this process and its data directory. Devices, the booking outbox's backlog and the help requests
 * come from suppliers, so the agent needs no handle on the device manager, the booking store or the help button.
 */
public final class LocalStatusProvider implements StatusProvider {

    private final String appVersion;
    private final Path dataDir;
    private final ContentAdmin content;
    private final Supplier<List<KioskStatus.Device>> devices;
    private final IntSupplier pendingBookingSync;
    private final Supplier<KioskStatus.HelpTally> helpRequests;
    private final Supplier<KioskStatus.Usage> usage;
    private final Clock clock;
    private final Instant startedAt;
    /**
     * Looked up once: the platform's bean lookup and {@code Files.getFileStore} (which reads the mount table) were a
     * third of a status request in a JFR profile under the 50-client load (issue 17, item 6). The free space is
     * still asked of the store at every request.
     */
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private volatile FileStore dataStore;

    public LocalStatusProvider(
            String appVersion,
            Path dataDir,
            ContentAdmin content,
            Supplier<List<KioskStatus.Device>> devices,
            Clock clock) {
        this(
                appVersion,
                dataDir,
                content,
                devices,
                () -> 0,
                () -> KioskStatus.HelpTally.NONE,
                () -> KioskStatus.Usage.NONE,
                clock);
    }

    /** Also reporting the villagers' help requests, as {@code helpRequests} tallies them, and today's usage counts. */
    public LocalStatusProvider(
            String appVersion,
            Path dataDir,
            ContentAdmin content,
            Supplier<List<KioskStatus.Device>> devices,
            IntSupplier pendingBookingSync,
            Supplier<KioskStatus.HelpTally> helpRequests,
            Supplier<KioskStatus.Usage> usage,
            Clock clock) {
        this.helpRequests = helpRequests;
        this.usage = usage;
        this.pendingBookingSync = pendingBookingSync;
        this.appVersion = appVersion;
        this.dataDir = dataDir;
        this.content = content;
        this.devices = devices;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    private FileStore dataStore() throws IOException {
        FileStore store = dataStore;
        if (store == null) {
            Files.createDirectories(dataDir);
            store = Files.getFileStore(dataDir);
            dataStore = store;
        }
        return store;
    }

    @Override
    public KioskStatus status() throws IOException {
        ContentAdmin.Pin pin = content.pin().orElse(null);
        KioskStatus.ContentInfo info = content.current()
                .map(v -> new KioskStatus.ContentInfo(v.version(), v.label(), v.channel(), pin))
                .orElse(new KioskStatus.ContentInfo(null, null, null, pin));
        FileStore store = dataStore();
        MemoryUsage heap = MEMORY.getHeapMemoryUsage();
        long uptime = Math.max(0, Duration.between(startedAt, clock.instant()).toSeconds());
        KioskStatus.HelpTally help = helpRequests.get();
        return new KioskStatus(
                appVersion,
                info,
                uptime,
                new KioskStatus.Disk(store.getUsableSpace(), store.getTotalSpace()),
                new KioskStatus.Memory(heap.getUsed(), heap.getMax()),
                devices.get(),
                pendingBookingSync.getAsInt(),
                content.lastResult().orElse(null),
                help.count(),
                help.last() == null ? null : help.last().toString(),
                usage.get());
    }
}
