package org.legalkiosk.kiosk.agent.usb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.legalkiosk.kiosk.store.ContentBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder watched for content bundles ({@code *.lkb} or {@code *.zip}), typically where a USB stick is mounted.
 * A file is taken only once its size and modification time are the same at two checks in a row, so a copy still
 * running is left alone. It is copied off the folder first (the stick may be pulled out at any moment), the copy is
 * applied through {@link ContentAdmin} exactly as a push, and only then is the original moved to {@code processed/}
 * or {@code failed/} (with a {@code .txt} beside it saying why), never deleted. A file that cannot be moved (a
 * read-only stick) is remembered, so it is not applied again while it stays there.
 */
public final class BundleInbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BundleInbox.class);
    /** Under DATA_DIR, the default watched folder when the settings name no mount point. */
    public static final String DEFAULT_FOLDER = "usb-inbox";

    public static final String PROCESSED = "processed";
    public static final String FAILED = "failed";

    private record Seen(long size, long modified) {}

    private final Path inbox;
    private final Path workDir;
    private final ContentAdmin content;
    private final UpdateResultListener listener;
    private final Clock clock;
    private final InboxLimits limits;
    private final Map<Path, Seen> pending = new HashMap<>();
    private final Set<String> handled = new HashSet<>();
    private ScheduledFuture<?> polling;

    /**
     * @param workDir where the copy of a bundle is kept while it is applied; on the kiosk's own disk
     */
    public BundleInbox(Path inbox, Path workDir, ContentAdmin content, UpdateResultListener listener, Clock clock) {
        this(inbox, workDir, content, listener, clock, InboxLimits.DEFAULT);
    }

    /** @param limits the largest file taken and the free space it must leave, checked before anything is copied */
    public BundleInbox(
            Path inbox,
            Path workDir,
            ContentAdmin content,
            UpdateResultListener listener,
            Clock clock,
            InboxLimits limits) {
        this.inbox = inbox;
        this.workDir = workDir;
        this.content = content;
        this.listener = listener;
        this.clock = clock;
        this.limits = limits;
    }

    /** Checks the folder every {@code interval} on the given scheduler until {@link #close()}; the scheduler stays the caller's. */
    public synchronized BundleInbox start(ScheduledExecutorService scheduler, Duration interval) {
        if (polling != null) {
            throw new IllegalStateException("already started");
        }
        polling = scheduler.scheduleWithFixedDelay(
                this::checkQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Watching {} for content bundles every {} s", inbox, interval.toSeconds());
        return this;
    }

    public Path folder() {
        return inbox;
    }

    private void checkQuietly() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; the next check must still happen.
            LOG.error("Checking {} for bundles failed", inbox, e);
        }
    }

    /** One look at the folder: notes new files, applies those that stopped changing; answers what was finished. */
    public synchronized List<UpdateOutcome> checkNow() {
        List<Path> files;
        try {
            files = candidates();
        } catch (IOException e) {
            // No stick mounted, or it was pulled out while listing.
            pending.clear();
            return List.of();
        }
        pending.keySet().retainAll(files);
        List<UpdateOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            Seen now;
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                now = new Seen(a.size(), a.lastModifiedTime().toMillis());
            } catch (IOException e) {
                pending.remove(file);
                continue;
            }
            if (handled.contains(key(file, now))) {
                continue;
            }
            Seen before = pending.put(file, now);
            if (now.equals(before)) {
                process(file, now).ifPresent(outcomes::add);
            }
        }
        return outcomes;
    }

    private List<Path> candidates() throws IOException {
        try (Stream<Path> list = Files.list(inbox)) {
            return list.filter(p -> isBundleName(p.getFileName().toString()))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    static boolean isBundleName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (lower.endsWith(".lkb") || lower.endsWith(".zip"));
    }

    private Optional<UpdateOutcome> process(Path file, Seen seen) {
        String name = nameOf(file);
        listener.started(UpdateOutcome.Source.USB, name);
        Path copy = null;
        UpdateOutcome outcome;
        try {
            Files.createDirectories(workDir);
            Optional<UpdateOutcome> refused = refuseBeforeCopying(name, seen.size());
            if (refused.isPresent()) {
                return finish(file, seen, refused.get(), true);
            }
            copy = Files.createTempFile(workDir, "usb-", ".lkb");
            try (var in = Files.newInputStream(file);
                    var out = Files.newOutputStream(copy)) {
                BoundedCopy.copy(in, out, Math.min(limits.maxBundleBytes(), seen.size()));
            } catch (BoundedCopy.TooLargeException e) {
                // It grew after it was last looked at: whatever is writing it, the kiosk's disk is not for it.
                outcome = UpdateOutcome.refused(
                        UpdateOutcome.Source.USB,
                        name,
                        "TOO_LARGE",
                        "the file grew past " + seen.size() + " bytes while it was copied; copying stopped there",
                        clock.instant());
                return finish(file, seen, outcome, true);
            } catch (IOException e) {
                outcome = UpdateOutcome.refused(
                        UpdateOutcome.Source.USB,
                        name,
                        "READ_FAILED",
                        "the file could not be read from the stick: " + e.getMessage(),
                        clock.instant());
                return finish(file, seen, outcome, false);
            }
            try {
                ContentAdmin.Version v = content.apply(copy, ContentAdmin.Source.USB);
                outcome =
                        UpdateOutcome.applied(UpdateOutcome.Source.USB, name, v.version(), v.label(), clock.instant());
            } catch (BundleException e) {
                outcome = UpdateOutcome.refused(
                        UpdateOutcome.Source.USB, name, e.reason().name(), e.getMessage(), clock.instant());
            } catch (IOException e) {
                if (e instanceof ContentBusyException) {
                    // A push, a pull or a content command holds the store: try again at the next check, tell nobody
                    // yet.
                    LOG.info("Content store busy; {} waits for the next check", name);
                    pending.remove(file);
                    return Optional.empty();
                }
                outcome = UpdateOutcome.refused(
                        UpdateOutcome.Source.USB,
                        name,
                        "IO_ERROR",
                        "the kiosk could not apply it: " + e.getMessage(),
                        clock.instant());
            }
            return finish(file, seen, outcome, true);
        } catch (IOException e) {
            outcome = UpdateOutcome.refused(
                    UpdateOutcome.Source.USB,
                    name,
                    "IO_ERROR",
                    "the kiosk could not copy it: " + e.getMessage(),
                    clock.instant());
            return finish(file, seen, outcome, false);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    LOG.warn("Could not remove the copy {}: {}", copy, e.getMessage());
                }
            }
        }
    }

    /** Size and free space, from the file's attributes alone: nothing is copied for a file that cannot fit. */
    private Optional<UpdateOutcome> refuseBeforeCopying(String name, long size) throws IOException {
        if (size > limits.maxBundleBytes()) {
            return Optional.of(UpdateOutcome.refused(
                    UpdateOutcome.Source.USB,
                    name,
                    "TOO_LARGE",
                    "the file has "
                            + size + " bytes, more than the " + limits.maxBundleBytes()
                            + " a bundle may have; nothing was "
                            + "copied",
                    clock.instant()));
        }
        long free = Files.getFileStore(workDir).getUsableSpace();
        long needed = limits.spaceNeededFor(size);
        if (free < needed) {
            return Optional.of(UpdateOutcome.refused(
                    UpdateOutcome.Source.USB,
                    name,
                    "NO_SPACE",
                    "the kiosk has "
                            + free + " bytes free and needs " + needed + " to apply a bundle of " + size
                            + " bytes; nothing "
                            + "was copied",
                    clock.instant()));
        }
        return Optional.empty();
    }

    private Optional<UpdateOutcome> finish(Path file, Seen seen, UpdateOutcome outcome, boolean move) {
        handled.add(key(file, seen));
        pending.remove(file);
        if (outcome.ok()) {
            LOG.info("Offline update from {}: {}", file.getFileName(), outcome.message());
        } else {
            LOG.warn("Offline update from {} refused: {}", file.getFileName(), outcome.message());
        }
        if (move) {
            record(file, outcome);
        }
        listener.finished(outcome);
        return Optional.of(outcome);
    }

    /** Moves the original out of the way, with the outcome beside it for whoever looks at the stick later. */
    private void record(Path file, UpdateOutcome outcome) {
        try {
            Path dir = Files.createDirectories(inbox.resolve(outcome.ok() ? PROCESSED : FAILED));
            Path target = freeName(dir, nameOf(file));
            Files.move(file, target);
            Files.writeString(
                    target.resolveSibling(target.getFileName() + ".txt"),
                    outcome.time() + " " + (outcome.ok() ? "applied: " : "refused: ") + outcome.message() + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn(
                    "Could not move {} out of the inbox ({}); it stays and is not applied again", file, e.getMessage());
        }
    }

    /** The file's own name (every inbox entry has one: it comes from listing the inbox folder). */
    private static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static Path freeName(Path dir, String name) throws IOException {
        Path target = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        for (int i = 1; Files.exists(target); i++) {
            target = dir.resolve(name.substring(0, dot) + "-" + i + name.substring(dot));
            if (i > 10_000) {
                throw new FileAlreadyExistsException(target.toString());
            }
        }
        return target;
    }

    private static String key(Path file, Seen seen) {
        return file.getFileName() + "|" + seen.size() + "|" + seen.modified();
    }

    @Override
    public synchronized void close() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }
}
