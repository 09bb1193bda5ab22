package org.legalkiosk.kiosk.ui.common;

import javafx.scene.Node;

/** A built screen: what to show, what to call it in the top bar, and what to say when read aloud. */
public interface Screen {

    Node root();

    String title();

    /** Everything the screen says, in reading order, for visitors who listen rather than read. */
    String spokenText();

    /**
     * A person's recording of this screen's text in the content ({@code explainer/ID.zh}), played instead of the
     * synthetic voice where the terminal has it.
     */
    default java.util.Optional<String> recording() {
        return java.util.Optional.empty();
    }

    /**
     * Whether the page is sensitive (domestic violence, family conflict): the shell then shows the quick exit and
     * the emergency lines above it.
     */
    default boolean sensitive() {
        return false;
    }

    /** The visitor navigates away from this screen (not a rebuild for a new language or size). */
    default void leaving() {}
}
