package org.legalkiosk.kiosk.app;

import java.util.HashMap;
import java.util.Map;

import org.legalkiosk.devices.Device;
import org.legalkiosk.devices.DeviceListener;
import org.legalkiosk.devices.gpio.HelpButton;
import org.legalkiosk.devices.gpio.HelpListener;
import org.legalkiosk.devices.gpio.PresenceListener;
import org.legalkiosk.devices.gpio.PresenceSensor;
import org.legalkiosk.devices.manager.DeviceManager;
import org.legalkiosk.kiosk.service.HelpRequests;
import org.legalkiosk.kiosk.service.PresenceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries the GPIO inputs into the services: every help button's presses into {@link HelpRequests}, every presence
 * sensor's changes into {@link PresenceService}. The manager creates a device again when it failed to open, so the
 * buttons and sensors are looked up again whenever a device's state changes, and a new instance is subscribed.
 */
final class GpioSignals implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GpioSignals.class);

    private final DeviceManager manager;
    private final HelpRequests help;
    private final PresenceService presence;
    private final HelpListener toHelp;
    private final Map<String, HelpButton> buttons = new HashMap<>();
    private final Map<String, Subscribed<PresenceSensor, PresenceListener>> sensors = new HashMap<>();
    private final DeviceListener rescan = status -> subscribe();
    private boolean closed;

    private record Subscribed<D, L>(D device, L listener) {}

    private GpioSignals(DeviceManager manager, HelpRequests help, PresenceService presence) {
        this.manager = manager;
        this.help = help;
        this.presence = presence;
        this.toHelp = help::pressed;
    }

    /** Subscribes to the manager's help buttons and presence sensors now and whenever one is created again. */
    static GpioSignals start(DeviceManager manager, HelpRequests help, PresenceService presence) {
        GpioSignals signals = new GpioSignals(manager, help, presence);
        manager.addListener(signals.rescan);
        signals.subscribe();
        return signals;
    }

    /** Subscribes to every help button and presence sensor the manager holds that is not subscribed yet. */
    synchronized void subscribe() {
        if (closed) {
            return;
        }
        for (String id : manager.ids()) {
            manager.device(id, HelpButton.class).ifPresent(button -> {
                HelpButton old = buttons.get(id);
                if (old != button) {
                    if (old != null) {
                        old.removeHelpListener(toHelp);
                    }
                    button.addHelpListener(toHelp);
                    buttons.put(id, button);
                    LOG.info("Help button {} raises help requests", id);
                }
            });
            manager.device(id, PresenceSensor.class).ifPresent(sensor -> {
                Subscribed<PresenceSensor, PresenceListener> old = sensors.get(id);
                if (old == null || old.device() != sensor) {
                    if (old != null) {
                        old.device().removePresenceListener(old.listener());
                    }
                    PresenceListener listener = present -> presence.sensorChanged(id, present);
                    sensor.addPresenceListener(listener);
                    sensors.put(id, new Subscribed<>(sensor, listener));
                    LOG.info("Presence sensor {} wakes the screen", id);
                }
            });
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        manager.removeListener(rescan);
        buttons.values().forEach(b -> quietly(b, () -> b.removeHelpListener(toHelp)));
        sensors.values().forEach(s -> quietly(s.device(), () -> s.device().removePresenceListener(s.listener())));
        buttons.clear();
        sensors.clear();
    }

    private static void quietly(Device device, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warn("Unsubscribing from {} failed", device.id(), e);
        }
    }
}
