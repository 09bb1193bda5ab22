package org.legalkiosk.kiosk.service;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.legalkiosk.content.store.ContentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices when another process (the agent, {@code legalkiosk content apply}, a USB update) has activated a new
 * content version in the store, loads it fully off the screen's thread, and offers it to the screen, which
 * switches at its next idle moment. It only reads the store's {@code current} pointer and never holds the
 * store's lock, so appliers are never blocked by the screen.
 */
public final class ContentWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);

    private final Path storeRoot;
    private final Optional<Path> statuteDir;
    private final LiveContentService live;
    private Path shown;
    private Path failed;
    private ScheduledExecutorService timer;

    public ContentWatcher(Path storeRoot, Path shownFolder, Optional<Path> statuteDir, LiveContentService live) {
        this.storeRoot = storeRoot;
        this.shown = shownFolder;
        this.statuteDir = statuteDir;
        this.live = live;
    }

    /** Checks every {@code seconds} seconds on a background thread. */
    public void start(long seconds) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "content-watcher");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::checkQuietly, seconds, seconds, TimeUnit.SECONDS);
    }

    private void checkQuietly() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            LOG.warn("Content check failed: {}", e.toString());
        }
    }

    /** Looks once; returns whether a new version was offered. */
    public synchronized boolean checkNow() {
        try {
            Optional<Path> active = ContentStore.activeFolder(storeRoot);
            if (active.isEmpty() || active.get().equals(shown) || active.get().equals(failed)) {
                return false;
            }
            LocalContentService next = LocalContentService.open(active.get(), statuteDir);
            next.prepareSearch();
            live.offer(next);
            shown = active.get();
            LOG.info("Content version at {} loaded; it will show at the next idle moment", active.get());
            return true;
        } catch (Exception e) {
            // The store only activates validated versions, so this is rare (a disk error): keep showing the old one.
            LOG.error("New content version could not be loaded, keeping the current one: {}", e.toString());
            try {
                failed = ContentStore.activeFolder(storeRoot).orElse(null);
            } catch (java.io.IOException ignored) {
                failed = null;
            }
            return false;
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
