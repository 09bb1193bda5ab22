package org.legalkiosk.kiosk.service;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.legalkiosk.content.forms.FormDefinition;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.selfcheck.SelfCheck;
import org.legalkiosk.content.statute.Statute;
import org.legalkiosk.content.statute.StatuteArticle;

/** What the screens may read: the active content version, the official statute texts, and content images. */
public interface ContentService {

    /** The content version on show now; a later call may return a newer version. */
    ContentLibrary library();

    /** The official text of an article, when the statute is installed on this terminal. */
    Optional<StatuteArticle> article(String lawId, int number);

    boolean isStatuteInstalled(String lawId);

    /** The whole official text of a law, for the statute browser; empty when not installed. */
    Optional<Statute> statute(String lawId);

    /** Search over this content version. */
    default SearchService search() {
        return SearchService.NONE;
    }

    /**
     * Switches to a newer content version if one is waiting. The screen calls this only at an idle moment
     * (nobody is reading or booking), so a visitor never sees content change under their finger.
     *
     * @return whether the content changed
     */
    default boolean applyPendingUpdate() {
        return false;
    }

    /**
     * The legal-aid self-check of this content version ({@code selfcheck/legal-aid.yaml}); empty when the version
     * has none, or a broken one, and the screen then says the check is not available on this terminal.
     */
    /** The guided forms of this content version ({@code forms/}), in file order; none when it has none. */
    default List<FormDefinition> forms() {
        return List.of();
    }

    default Optional<SelfCheck> selfCheck() {
        return Optional.empty();
    }

    /** Opens an image referenced by an explainer ({@code images/...}); empty when it cannot be found. */
    Optional<InputStream> openImage(String path);

    /**
     * A recording of a text, made by a person, for the read-aloud ({@code audio/explainer/ID.zh.wav} in the
     * content); {@code key} is {@code KIND/ID.LANG}, e.g. {@code explainer/inheritance-order.zh}. Empty when there
     * is none.
     */
    default Optional<java.nio.file.Path> recording(String key) {
        return Optional.empty();
    }
}
