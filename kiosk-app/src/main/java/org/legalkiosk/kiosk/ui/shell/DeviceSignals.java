package org.legalkiosk.kiosk.ui.shell;

import java.time.Instant;
import java.util.function.Consumer;

import org.legalkiosk.kiosk.service.HelpRequests;
import org.legalkiosk.kiosk.service.PresenceService;
import org.legalkiosk.kiosk.ui.common.FxThread;

/**
 * The screen's subscriptions to the kiosk's GPIO services: a help-button press and a person arriving in front of
 * the presence sensor. Their events come on device threads and are carried onto the JavaFX thread here, so the
 * shell's reactions never touch the scene graph from elsewhere. Subscribing again replaces the earlier
 * subscriptions.
 */
final class DeviceSignals {

    private final Runnable helpRequested;
    private final Runnable personArrived;
    private Consumer<Instant> helpListener;
    private PresenceService.Listener presenceListener;
    private HelpRequests help;
    private PresenceService presence;

    DeviceSignals(Runnable helpRequested, Runnable personArrived) {
        this.helpRequested = helpRequested;
        this.personArrived = personArrived;
    }

    void listenTo(HelpRequests help, PresenceService presence) {
        stop();
        helpListener = when -> FxThread.run(helpRequested);
        presenceListener = present -> {
            if (present) {
                FxThread.run(personArrived);
            }
        };
        help.addListener(helpListener);
        presence.addListener(presenceListener);
        this.help = help;
        this.presence = presence;
    }

    void stop() {
        if (help != null) {
            help.removeListener(helpListener);
            presence.removeListener(presenceListener);
            help = null;
            presence = null;
        }
    }
}
