package org.legalkiosk.kiosk.app;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.legalkiosk.devices.DeviceListener;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.gpio.LightPattern;
import org.legalkiosk.devices.gpio.StatusLight;
import org.legalkiosk.devices.manager.DeviceManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives every status light from the kiosk's state, so a passer-by or a technician can tell from across the hall:
 * {@link LightPattern#NEEDS_ATTENTION} while any device needs a person or is disconnected (it outranks everything,
 * an update finishes by itself), {@link LightPattern#UPDATING} while a content update is being applied, else
 * {@link LightPattern#READY}. Device changes are shown at once; the update state has no event, so it is looked at
 * every second as well.
 */
final class StatusLights implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StatusLights.class);
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final DeviceManager manager;
    private final BooleanSupplier updating;
    private final DeviceListener onDeviceChange = status -> refresh();
    private ScheduledExecutorService scheduler;
    private LightPattern shown;
    /** The light instance each id was last told the pattern on. */
    private final Map<String, StatusLight> told = new HashMap<>();

    /**
     * @param updating whether a content update is being applied now (the content admin's busy state)
     */
    StatusLights(DeviceManager manager, BooleanSupplier updating) {
        this.manager = manager;
        this.updating = updating;
    }

    /** Shows the state now, follows device changes, and looks again every second on a daemon thread. */
    static StatusLights start(DeviceManager manager, BooleanSupplier updating) {
        StatusLights lights = new StatusLights(manager, updating);
        manager.addListener(lights.onDeviceChange);
        lights.refresh();
        lights.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "status-light");
            t.setDaemon(true);
            return t;
        });
        lights.scheduler.scheduleWithFixedDelay(
                lights::refreshSafely, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return lights;
    }

    /** What the lights should show for these device states. */
    static LightPattern patternFor(List<DeviceStatus> devices, boolean updating) {
        boolean attention = devices.stream()
                .anyMatch(d -> d.state() == DeviceState.NEEDS_ATTENTION || d.state() == DeviceState.DISCONNECTED);
        if (attention) {
            return LightPattern.NEEDS_ATTENTION;
        }
        return updating ? LightPattern.UPDATING : LightPattern.READY;
    }

    /**
     * Works the pattern out again and shows it on each light that does not show it yet: only on a change, since a
     * light sent the same pattern again would restart its blink, and on a light the manager has created anew.
     */
    synchronized void refresh() {
        LightPattern pattern = patternFor(manager.snapshot(), updating.getAsBoolean());
        if (pattern != shown && (shown != null || pattern != LightPattern.READY)) {
            LOG.info("Status light: {}", pattern);
        }
        boolean changed = pattern != shown;
        shown = pattern;
        for (String id : manager.ids()) {
            manager.device(id, StatusLight.class).ifPresent(light -> {
                if (!changed && told.get(id) == light) {
                    return;
                }
                try {
                    light.show(pattern);
                    told.put(id, light);
                } catch (RuntimeException e) {
                    LOG.warn("Status light {} could not show {}", id, pattern, e);
                }
            });
        }
    }

    private void refreshSafely() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // a scheduled task that throws never runs again: keep the light alive
            LOG.warn("Status light update failed", e);
        }
    }

    @Override
    public void close() {
        manager.removeListener(onDeviceChange);
        synchronized (this) {
            if (scheduler != null) {
                scheduler.shutdownNow();
                scheduler = null;
            }
        }
    }
}
