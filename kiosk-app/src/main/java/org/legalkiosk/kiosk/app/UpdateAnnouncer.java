package org.legalkiosk.kiosk.app;

import java.util.function.Consumer;

import org.legalkiosk.kiosk.agent.usb.UpdateOutcome;
import org.legalkiosk.kiosk.agent.usb.UpdateResultListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the person holding the USB stick what became of the update, on the screen in front of them. The
 * screen attaches itself once it exists; until then results are only logged.
 */
final class UpdateAnnouncer implements UpdateResultListener {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateAnnouncer.class);

    private volatile Consumer<UpdateOutcome> screen = outcome -> {};

    void attach(Consumer<UpdateOutcome> screen) {
        this.screen = screen;
    }

    @Override
    public void finished(UpdateOutcome outcome) {
        if (outcome.ok()) {
            LOG.info("Update from {} applied: version {}", outcome.bundleName(), outcome.version());
        } else {
            LOG.warn("Update from {} refused: {}", outcome.bundleName(), outcome.reason());
        }
        screen.accept(outcome);
    }
}
