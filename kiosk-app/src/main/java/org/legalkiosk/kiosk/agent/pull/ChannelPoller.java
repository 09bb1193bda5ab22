package org.legalkiosk.kiosk.agent.pull;

import static org.legalkiosk.content.bundle.BundleException.Reason.BAD_MANIFEST;
import static org.legalkiosk.content.bundle.BundleException.Reason.HASH_MISMATCH;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import org.legalkiosk.content.bundle.BundleAssembler;
import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.BundleManifest;
import org.legalkiosk.content.bundle.Hashes;
import org.legalkiosk.content.bundle.ManifestEntry;
import org.legalkiosk.content.bundle.ManifestJson;
import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.content.channel.ChannelManifest;
import org.legalkiosk.kiosk.agent.usb.UpdateOutcome;
import org.legalkiosk.kiosk.agent.usb.UpdateResultListener;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.legalkiosk.kiosk.store.ContentBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a channel (see {@link ChannelPublisher}) and applies a newer version than the active one. Each check reads
 * {@code channel.json} and its signature, checks them against the kiosk's trusted keys, fetches the version's
 * signed manifest (pinned by hash in the channel), and downloads only the objects that are neither in the content
 * store nor already downloaded by an earlier, interrupted check. It then assembles a local bundle and applies it
 * through {@link ContentAdmin}, which verifies everything again exactly as for a push. Waits between checks have
 * jitter, and grow exponentially while checks fail.
 */
public final class ChannelPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelPoller.class);

    /** Where the trusted keys are read, at each check, so a key rolled out through the settings counts at once. */
    @FunctionalInterface
    public interface KeySource {
        TrustedKeys keys() throws IOException;
    }

    private final PullSettings settings;
    private final ContentAdmin content;
    private final KeySource keys;
    private final Path storeObjects;
    private final Path workDir;
    private final HttpFetcher fetcher;
    private final Clock clock;
    private final RandomGenerator random;
    private final UpdateResultListener listener;
    private int failures;
    private PullResult last;
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> next;
    private boolean closed;

    /**
     * @param storeObjects the content store's {@code objects/} folder, only read, to know what the kiosk has
     * @param workDir      downloads in progress and the assembled bundle; on the kiosk's own disk
     */
    public ChannelPoller(
            PullSettings settings,
            ContentAdmin content,
            KeySource keys,
            Path storeObjects,
            Path workDir,
            HttpFetcher fetcher,
            Clock clock,
            RandomGenerator random,
            UpdateResultListener listener) {
        this.settings = settings;
        this.content = content;
        this.keys = keys;
        this.storeObjects = storeObjects;
        this.workDir = workDir;
        this.fetcher = fetcher;
        this.clock = clock;
        this.random = random;
        this.listener = listener;
    }

    /** A poller for the kiosk whose state lives in {@code dataDir}, trusting the keys kiosk.yaml names. */
    public static ChannelPoller forDataDir(
            Path dataDir, PullSettings settings, ContentAdmin content, Clock clock, UpdateResultListener listener) {
        KeySource keys = () -> {
            try {
                return TrustedKeys.read(KioskSettings.read(dataDir).trustedKeysPath(dataDir));
            } catch (KioskSettings.InvalidSettingsException e) {
                throw new IOException(e.getMessage(), e);
            }
        };
        return new ChannelPoller(
                settings,
                content,
                keys,
                KioskSettings.contentStore(dataDir).resolve("objects"),
                dataDir.resolve("pull"),
                HttpFetcher.defaults(),
                clock,
                RandomGenerator.getDefault(),
                listener);
    }

    /** Checks after {@link #nextDelay()} and again after each check, on the given scheduler (which stays the caller's). */
    public synchronized ChannelPoller start(ScheduledExecutorService scheduler) {
        return start(scheduler, nextDelay());
    }

    /**
     * Checks first after {@code firstCheck} (a kiosk switched on after days offline should not wait a whole
     * interval), then after {@link #nextDelay()} following each check.
     */
    public synchronized ChannelPoller start(ScheduledExecutorService scheduler, Duration firstCheck) {
        if (this.scheduler != null) {
            throw new IllegalStateException("already started");
        }
        this.scheduler = scheduler;
        next = scheduler.schedule(this::tick, Math.max(0, firstCheck.toMillis()), TimeUnit.MILLISECONDS);
        LOG.info(
                "Polling content channel {} every {} min",
                settings.channelUri(),
                settings.interval().toMinutes());
        return this;
    }

    private synchronized void scheduleNext() {
        if (!closed) {
            next = scheduler.schedule(this::tick, nextDelay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            LOG.error("Checking the content channel failed", e);
        } finally {
            scheduleNext();
        }
    }

    /** The wait before the next check: the interval, or the backoff after failures, with jitter either way. */
    public synchronized Duration nextDelay() {
        double base;
        if (failures == 0) {
            base = settings.interval().toMillis();
        } else {
            double backoff = settings.retryDelay().toMillis() * Math.pow(2, Math.min(failures - 1, 30));
            base = Math.min(backoff, settings.maxBackoff().toMillis());
        }
        double factor = 1 + settings.jitter() * (random.nextDouble() * 2 - 1);
        return Duration.ofMillis(Math.max(1, Math.round(base * factor)));
    }

    public synchronized int consecutiveFailures() {
        return failures;
    }

    public synchronized Optional<PullResult> lastResult() {
        return Optional.ofNullable(last);
    }

    /** One check of the channel, on the caller's thread. */
    public synchronized PullResult checkNow() {
        PullResult result;
        try {
            result = check();
        } catch (BundleException e) {
            result = PullResult.failed(e.reason().name(), e.getMessage());
        } catch (ContentBusyException e) {
            // A push or a USB stick is being applied; the downloads stay, and the retry comes after the backoff.
            result = PullResult.failed("BUSY", e.getMessage());
        } catch (IOException e) {
            result = PullResult.failed("IO_ERROR", e.getMessage());
        }
        if (result.status() == PullResult.Status.FAILED) {
            failures++;
            LOG.warn("Content channel check failed ({} in a row): {}", failures, result.message());
        } else {
            failures = 0;
        }
        last = result;
        return result;
    }

    private PullResult check() throws IOException, BundleException {
        URI channelUri = settings.channelUri();
        byte[] channelBytes = fetcher.fetch(channelUri, ChannelManifest.MAX_BYTES);
        byte[] channelSig = fetcher.fetch(settings.signatureUri(), BundleLimits.MAX_SIGNATURE_BYTES);
        TrustedKeys trusted = keys.keys();
        trusted.verify(channelBytes, channelSig);
        ChannelManifest channel = ChannelManifest.parse(channelBytes);

        Optional<ContentAdmin.Version> current = content.current();
        if (current.isPresent() && channel.version() <= current.get().version()) {
            clearDownloads();
            return new PullResult(
                    PullResult.Status.UP_TO_DATE,
                    channel.version(),
                    null,
                    "version " + current.get().version() + " is active; the channel offers " + channel.version(),
                    0,
                    0);
        }

        Optional<ContentAdmin.Pin> pin = content.pin();
        if (pin.isPresent() && channel.version() <= pin.get().rolledBackFrom()) {
            // An admin rolled back from this very version (or a later one): pulling it again would undo that.
            clearDownloads();
            return new PullResult(
                    PullResult.Status.UP_TO_DATE,
                    channel.version(),
                    null,
                    "pinned to version "
                            + pin.get().version() + " by an administrator's rollback from "
                            + pin.get().rolledBackFrom()
                            + "; the channel offers " + channel.version(),
                    0,
                    0);
        }

        byte[] manifestBytes = fetcher.fetch(channelUri.resolve(channel.manifestUrl()), (int)
                Math.min(Integer.MAX_VALUE - 16, BundleLimits.DEFAULT.maxManifestBytes()));
        if (!Hashes.sha256Hex(manifestBytes).equals(channel.manifestSha256())) {
            throw new BundleException(
                    HASH_MISMATCH,
                    "the manifest of version " + channel.version() + " is not the one the signed channel names");
        }
        byte[] manifestSig =
                fetcher.fetch(channelUri.resolve(channel.signatureUrl()), BundleLimits.MAX_SIGNATURE_BYTES);
        trusted.verify(manifestBytes, manifestSig);
        BundleManifest manifest = ManifestJson.read(manifestBytes, BundleLimits.DEFAULT);
        if (manifest.version() != channel.version()) {
            throw new BundleException(
                    BAD_MANIFEST,
                    "the channel names version " + channel.version() + " but its manifest is version "
                            + manifest.version());
        }

        Path downloads = Files.createDirectories(workDir.resolve("objects"));
        TreeMap<String, Path> objects = new TreeMap<>();
        int fetched = 0;
        long bytes = 0;
        for (ManifestEntry f : manifest.files()) {
            if (objects.containsKey(f.sha256())) {
                continue;
            }
            Path have = storeObjects.resolve(f.sha256());
            if (Files.isRegularFile(have) && Files.size(have) == f.size()) {
                objects.put(f.sha256(), have);
                continue;
            }
            Path done = downloads.resolve(f.sha256());
            if (!Files.isRegularFile(done)) {
                Path partial = downloads.resolve(f.sha256() + ".partial");
                bytes += fetcher.download(channel.objectUri(channelUri, f.sha256()), partial, f.size());
                if (!Hashes.sha256Hex(partial).equals(f.sha256())) {
                    Files.delete(partial);
                    throw new BundleException(
                            HASH_MISMATCH,
                            "object " + f.sha256() + " from the channel has other bytes "
                                    + "than the signed manifest says");
                }
                Files.move(partial, done, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                fetched++;
            }
            objects.put(f.sha256(), done);
        }

        Path bundle = workDir.resolve("pull-" + manifest.version() + ".lkb");
        String name = channelUri.toString();
        listener.started(UpdateOutcome.Source.PULL, name);
        try {
            BundleAssembler.assemble(bundle, manifestBytes, manifestSig, objects);
            ContentAdmin.Version v = content.apply(bundle, ContentAdmin.Source.PULL);
            clearDownloads();
            LOG.info(
                    "Pulled content version {} ({}): {} objects downloaded ({} bytes), {} already here",
                    v.version(),
                    v.label(),
                    fetched,
                    bytes,
                    objects.size() - fetched);
            listener.finished(
                    UpdateOutcome.applied(UpdateOutcome.Source.PULL, name, v.version(), v.label(), clock.instant()));
            return new PullResult(
                    PullResult.Status.APPLIED,
                    v.version(),
                    null,
                    "content version " + v.version() + " (" + v.label() + ") is active",
                    fetched,
                    bytes);
        } catch (BundleException e) {
            listener.finished(UpdateOutcome.refused(
                    UpdateOutcome.Source.PULL, name, e.reason().name(), e.getMessage(), clock.instant()));
            throw e;
        } finally {
            Files.deleteIfExists(bundle);
        }
    }

    private void clearDownloads() throws IOException {
        Path downloads = workDir.resolve("objects");
        if (!Files.isDirectory(downloads)) {
            return;
        }
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel(false);
        }
    }
}
