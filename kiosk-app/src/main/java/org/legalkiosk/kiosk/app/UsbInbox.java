package org.legalkiosk.kiosk.app;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;

import org.legalkiosk.kiosk.agent.usb.AuditedUpdates;
import org.legalkiosk.kiosk.agent.usb.BundleInbox;
import org.legalkiosk.kiosk.agent.usb.UpdateResultListener;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.store.KioskStores;

/**
 * The offline update path: a bundle copied into {@code DATA_DIR/usb-inbox} (where a USB stick is mounted, or
 * where a technician copies it) is verified and applied like a push.
 */
final class UsbInbox {

    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);

    private UsbInbox() {}

    static BundleInbox start(KioskConfig config, KioskStores stores, UpdateResultListener listener, Clock clock) {
        BundleInbox inbox = new BundleInbox(
                config.dataDir().resolve(BundleInbox.DEFAULT_FOLDER),
                config.dataDir().resolve("usb-work"),
                stores.content(),
                new AuditedUpdates(listener, stores.audit()),
                clock);
        return inbox.start(
                Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "usb-inbox");
                    t.setDaemon(true);
                    return t;
                }),
                CHECK_EVERY);
    }
}
