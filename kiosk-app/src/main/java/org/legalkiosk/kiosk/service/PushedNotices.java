package org.legalkiosk.kiosk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Supplier;

import org.legalkiosk.content.model.Notice;
import org.legalkiosk.kiosk.store.FileNoticesStore;
import org.legalkiosk.kiosk.store.NoticeDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notices pushed through the agent ({@code DATA_DIR/notices.json}), re-read only when the file changes, so
 * the screen can ask every second without touching the disk every second.
 */
public final class PushedNotices implements Supplier<List<Notice>> {

    private static final Logger LOG = LoggerFactory.getLogger(PushedNotices.class);

    private final FileNoticesStore store;
    private FileTime seen;
    private List<Notice> notices = List.of();

    public PushedNotices(Path dataDir) {
        this(new FileNoticesStore(dataDir));
    }

    /** Over the kiosk's one notices store, the one the agent and the hub's sync write. */
    public PushedNotices(FileNoticesStore store) {
        this.store = store;
    }

    @Override
    public synchronized List<Notice> get() {
        try {
            FileTime modified = Files.exists(store.file()) ? Files.getLastModifiedTime(store.file()) : null;
            if (modified == null) {
                notices = List.of();
            } else if (!modified.equals(seen)) {
                notices = store.list().stream().map(NoticeDocument::toNotice).toList();
            }
            seen = modified;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Pushed notices unreadable, showing the last ones read: {}", e.toString());
        }
        return notices;
    }
}
