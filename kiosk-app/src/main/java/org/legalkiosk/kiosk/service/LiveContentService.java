package org.legalkiosk.kiosk.service;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.legalkiosk.content.forms.FormDefinition;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.selfcheck.SelfCheck;
import org.legalkiosk.content.statute.Statute;
import org.legalkiosk.content.statute.StatuteArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content on show, replaceable while the kiosk runs. A new version, fully loaded and checked elsewhere, is
 * {@link #offer offered} from any thread and waits; the screen {@link #applyPendingUpdate applies} it at an idle
 * moment. Each version is immutable, so a screen sees either the old one or the new one, never a mix.
 */
public final class LiveContentService implements ContentService {

    private static final Logger LOG = LoggerFactory.getLogger(LiveContentService.class);

    private volatile ContentService current;
    private final AtomicReference<ContentService> pending = new AtomicReference<>();

    public LiveContentService(ContentService initial) {
        this.current = Objects.requireNonNull(initial);
    }

    /** Makes {@code next} the version to switch to at the next idle moment (replacing any earlier offer). */
    public void offer(ContentService next) {
        pending.set(Objects.requireNonNull(next));
        LOG.info("New content version waiting for an idle moment");
    }

    public boolean hasPendingUpdate() {
        return pending.get() != null;
    }

    @Override
    public boolean applyPendingUpdate() {
        ContentService next = pending.getAndSet(null);
        if (next == null) {
            return false;
        }
        current = next;
        LOG.info("Switched to the new content version");
        return true;
    }

    @Override
    public ContentLibrary library() {
        return current.library();
    }

    @Override
    public Optional<StatuteArticle> article(String lawId, int number) {
        return current.article(lawId, number);
    }

    @Override
    public boolean isStatuteInstalled(String lawId) {
        return current.isStatuteInstalled(lawId);
    }

    @Override
    public Optional<Statute> statute(String lawId) {
        return current.statute(lawId);
    }

    @Override
    public SearchService search() {
        return current.search();
    }

    @Override
    public List<FormDefinition> forms() {
        return current.forms();
    }

    @Override
    public Optional<SelfCheck> selfCheck() {
        return current.selfCheck();
    }

    @Override
    public Optional<InputStream> openImage(String path) {
        return current.openImage(path);
    }

    @Override
    public Optional<java.nio.file.Path> recording(String key) {
        return current.recording(key);
    }
}
