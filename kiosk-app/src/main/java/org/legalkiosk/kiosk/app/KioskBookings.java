package org.legalkiosk.kiosk.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.legalkiosk.booking.schedule.InvalidScheduleException;
import org.legalkiosk.booking.schedule.Schedule;
import org.legalkiosk.booking.schedule.ScheduleReader;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.Outbox;
import org.legalkiosk.booking.store.PersonalDataPurge;
import org.legalkiosk.booking.sync.OutboxWorker;
import org.legalkiosk.booking.sync.SyncSettings;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The booking side of a running kiosk: the store in the data directory, delivery of its outbox to the county (when
 * a {@code sync:} endpoint is configured; until then events wait, which is what offline days need), and the daily
 * erasure of personal data that is no longer needed. In demo mode an empty store gets a sample schedule, so the
 * booking screens have something to offer on a laptop.
 */
final class KioskBookings implements AutoCloseable {

    static final String DEMO_SCHEDULE = "demo-schedule.json";

    private static final Logger LOG = LoggerFactory.getLogger(KioskBookings.class);
    /** First purge shortly after start (not during it), then once a day. */
    private static final Duration FIRST_PURGE = Duration.ofMinutes(2);

    private static final Duration PURGE_EVERY = Duration.ofDays(1);

    private final BookingStore store;
    private final Outbox outbox;
    private final Path dataDir;
    private final KioskSettings settings;
    /** Replaced when the token changes (an enrolment while running), so never cached by a caller. */
    private final AtomicReference<Optional<OutboxWorker>> worker;

    private final ScheduledExecutorService purger;

    private KioskBookings(
            BookingStore store,
            Path dataDir,
            KioskSettings settings,
            Optional<OutboxWorker> worker,
            ScheduledExecutorService purger) {
        this.store = store;
        this.outbox = new Outbox(store);
        this.dataDir = dataDir;
        this.settings = settings;
        this.worker = new AtomicReference<>(worker);
        this.purger = purger;
    }

    /**
     * As {@link #start}, but a store that cannot be opened (a lost key, a damaged file, a full disk) is logged and
     * the kiosk runs on without bookings: villagers keep the explainers and the self-check, and the file is left
     * untouched for a technician.
     */
    static Optional<KioskBookings> tryStart(Path dataDir, boolean demo, KioskSettings settings, Clock clock) {
        try {
            return Optional.of(start(dataDir, demo, settings, clock));
        } catch (RuntimeException e) {
            LOG.error("Bookings are not available on this terminal: {}", e.getMessage(), e);
            return Optional.empty();
        }
    }

    /** Opens the store and starts delivery and the purge; a bad {@code sync:} section is logged, not fatal. */
    static KioskBookings start(Path dataDir, boolean demo, KioskSettings settings, Clock clock) {
        BookingStore store = BookingStore.open(dataDir);
        if (demo) {
            loadDemoScheduleIfEmpty(store, LocalDate.now(clock));
        }
        Optional<OutboxWorker> worker = startDelivery(store, dataDir, settings);
        PersonalDataPurge purge = PersonalDataPurge.of(
                store,
                dataDir,
                settings.bookingRetentionDaysOrDefault(PersonalDataPurge.DEFAULT_RETENTION_DAYS),
                clock);
        ScheduledExecutorService purger = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "booking-purge");
            t.setDaemon(true);
            return t;
        });
        purger.scheduleWithFixedDelay(
                () -> runPurge(purge), FIRST_PURGE.toSeconds(), PURGE_EVERY.toSeconds(), TimeUnit.SECONDS);
        return new KioskBookings(store, dataDir, settings, worker, purger);
    }

    BookingStore store() {
        return store;
    }

    /** Asks delivery to run now (after a booking or cancellation) instead of at its next idle check. */
    void nudgeDelivery() {
        worker.get().ifPresent(OutboxWorker::nudge);
    }

    /** Events written but not yet delivered to the county: the agent's "pending booking sync". */
    int pendingSync() {
        return worker.get().map(OutboxWorker::pendingCount).orElseGet(outbox::pendingCount);
    }

    /**
     * Starts delivery again with the token file as it is now. The worker reads its token once; a kiosk that enrols
     * with the hub while running (the token file appears, or a re-enrolment replaces it) calls this, so its outbox
     * is delivered without a restart. Delivery is safe to restart at any point: an event in flight is sent again
     * with the same idempotency key.
     */
    synchronized void restartDelivery() {
        if (settings.sync() == null) {
            return;
        }
        worker.get().ifPresent(OutboxWorker::close);
        worker.set(startDelivery(store, dataDir, settings));
    }

    private static Optional<OutboxWorker> startDelivery(BookingStore store, Path dataDir, KioskSettings settings) {
        KioskSettings.Sync sync = settings.sync();
        if (sync == null) {
            LOG.info("No sync endpoint configured: bookings stay in the outbox until one is");
            return Optional.empty();
        }
        try {
            Path token = sync.tokenFile() == null ? null : dataDir.resolve(sync.tokenFile());
            return Optional.of(OutboxWorker.start(store, SyncSettings.defaults(URI.create(sync.endpoint()), token)));
        } catch (RuntimeException e) {
            // Bookings are still taken and kept; only delivery waits until the setting is mended.
            LOG.error("Booking delivery not started: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static void runPurge(PersonalDataPurge purge) {
        try {
            purge.run();
        } catch (RuntimeException e) {
            LOG.error("Erasing old personal data failed; will try again tomorrow", e);
        }
    }

    /** The sample schedule, with its plans starting today; only into an empty store so a demo's bookings stay. */
    static void loadDemoScheduleIfEmpty(BookingStore store, LocalDate today) {
        if (!store.services().isEmpty()) {
            return;
        }
        try (InputStream in = KioskBookings.class.getResourceAsStream(DEMO_SCHEDULE)) {
            if (in == null) {
                throw new IOException(DEMO_SCHEDULE + " is missing from the application");
            }
            Schedule schedule = ScheduleReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), today);
            store.putSchedule(schedule.offices(), schedule.services(), schedule.slots());
            LOG.info(
                    "Demo: sample schedule loaded ({} offices, {} slots)",
                    schedule.offices().size(),
                    schedule.slots().size());
        } catch (IOException | InvalidScheduleException e) {
            LOG.error("Demo: the sample schedule could not be loaded: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        purger.shutdownNow();
        worker.get().ifPresent(OutboxWorker::close);
        store.close();
    }
}
