package org.legalkiosk.kiosk.config;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Settings changed while the kiosk runs (by the agent, on an admin's request) are announced here, so what needs
 * no restart (the idle timeout, the default language) takes effect at once. Listeners are called on the thread
 * that made the change; the screen hops onto its own thread itself.
 */
public final class LiveSettings {

    private final List<Consumer<KioskSettings>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<KioskSettings> listener) {
        listeners.add(listener);
    }

    public void publish(KioskSettings settings) {
        listeners.forEach(l -> l.accept(settings));
    }
}
