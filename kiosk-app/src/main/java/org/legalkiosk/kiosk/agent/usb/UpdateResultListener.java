package org.legalkiosk.kiosk.agent.usb;

/**
 * Told about offline and pulled updates, so the screen can show them. Called on the watcher's own thread: an
 * implementation that touches the screen hands the value over to the FX thread itself.
 */
@FunctionalInterface
public interface UpdateResultListener {

    UpdateResultListener NONE = outcome -> {};

    /** A bundle was found and is being verified and applied; this can take a minute on a slow terminal. */
    default void started(UpdateOutcome.Source source, String bundleName) {}

    void finished(UpdateOutcome outcome);
}
