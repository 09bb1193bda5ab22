package org.legalkiosk.devices.manager;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.legalkiosk.devices.Device;
import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceFactory;
import org.legalkiosk.devices.DeviceListener;
import org.legalkiosk.devices.DeviceListeners;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the terminal's configured devices, tells listeners whenever one changes state, keeps a snapshot for
 * the status report, and checks every device every few seconds on its own thread, which is what reconnects
 * a device after an unplug. A driver that throws, or cannot even be created, becomes a
 * {@link DeviceState#DISCONNECTED} entry with a reason: nothing a device does escapes this class.
 *
 * <p>Tests call {@link #checkNow()} instead of {@link #start(Duration)} and run the checks themselves.
 */
public final class DeviceManager implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceManager.class);

    private final Clock clock;
    private final DeviceFactories factories;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final DeviceListeners listeners = new DeviceListeners();
    private final DeviceListener fromDevices = this::record;
    private ScheduledExecutorService scheduler;

    public DeviceManager(List<DeviceConfig> configs, DeviceFactories factories, Clock clock) {
        this.clock = clock;
        this.factories = factories;
        for (DeviceConfig config : configs) {
            if (entries.containsKey(config.id())) {
                throw new IllegalArgumentException("device id '" + config.id() + "' is configured twice");
            }
            entries.put(config.id(), new Entry(config));
        }
        for (Entry entry : entries.values()) {
            synchronized (entry) {
                create(entry);
            }
        }
    }

    /** Checks every device every {@code interval} on a background thread, the first time at once. */
    public synchronized void start(Duration interval) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "device-manager-check");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::checkNowSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks every device for its status (creating the ones that failed to open) and reports changes. */
    public void checkNow() {
        for (Entry entry : entries.values()) {
            check(entry);
        }
    }

    private void checkNowSafely() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: keep the checks alive whatever happens
            LOG.error("Device check failed", e);
        }
    }

    private void check(Entry entry) {
        Device device;
        synchronized (entry) {
            if (entry.device == null) {
                create(entry);
            }
            device = entry.device;
        }
        if (device == null) {
            return;
        }
        DeviceStatus status;
        try {
            status = device.status();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Driver of device {} failed while checking it", entry.config.id(), e);
            status = DeviceStatus.disconnected(
                    entry.config.id(), entry.config.kind(), "driver-error", "The driver failed: " + e, clock.instant());
        }
        record(status);
    }

    private void create(Entry entry) {
        DeviceConfig config = entry.config;
        Optional<DeviceFactory> factory = factories.find(config.kind(), config.mode());
        if (factory.isEmpty()) {
            record(DeviceStatus.disconnected(
                    config.id(),
                    config.kind(),
                    "not-supported",
                    "No " + config.mode() + " driver for " + config.kind(),
                    clock.instant()));
            return;
        }
        try {
            Device device = factory.get().create(config);
            device.addListener(fromDevices);
            entry.device = device;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Cannot open device {}: {}", config.id(), e.toString());
            record(DeviceStatus.disconnected(
                    config.id(),
                    config.kind(),
                    "cannot-open",
                    "Cannot open the device: " + e.getMessage(),
                    clock.instant()));
        }
    }

    /** Keeps the newest status per device and tells listeners when its state or reason changed. */
    private void record(DeviceStatus status) {
        Entry entry = entries.get(status.deviceId());
        if (entry == null) {
            return;
        }
        DeviceStatus changed = null;
        synchronized (entry) {
            if (!status.sameConditionAs(entry.status)) {
                entry.status = status;
                changed = status;
            } else if (entry.status != null) {
                entry.status = new DeviceStatus(
                        status.deviceId(),
                        status.kind(),
                        status.state(),
                        status.reason(),
                        status.description(),
                        entry.status.since());
            }
        }
        if (changed != null) {
            LOG.info(
                    "Device {} is {}{}",
                    changed.deviceId(),
                    changed.state(),
                    changed.reason().isEmpty() ? "" : " (" + changed.reason() + ")");
            listeners.fire(changed);
        }
    }

    /** Every configured device's last known status, in configuration order. */
    public List<DeviceStatus> snapshot() {
        List<DeviceStatus> result = new ArrayList<>();
        for (Entry entry : entries.values()) {
            synchronized (entry) {
                result.add(
                        entry.status != null
                                ? entry.status
                                : DeviceStatus.disconnected(
                                        entry.config.id(),
                                        entry.config.kind(),
                                        "not-checked",
                                        "Not checked yet",
                                        clock.instant()));
            }
        }
        return result;
    }

    public Optional<DeviceStatus> status(String id) {
        return snapshot().stream().filter(s -> s.deviceId().equals(id)).findFirst();
    }

    public Set<String> ids() {
        return entries.keySet();
    }

    /** The device with this id if it is of this type and could be created. */
    public <T extends Device> Optional<T> device(String id, Class<T> type) {
        Entry entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        synchronized (entry) {
            return type.isInstance(entry.device) ? Optional.of(type.cast(entry.device)) : Optional.empty();
        }
    }

    /** The first device of this type, for services that expect one of a kind. */
    public <T extends Device> Optional<T> first(Class<T> type) {
        return entries.keySet().stream()
                .map(id -> device(id, type))
                .flatMap(Optional::stream)
                .findFirst();
    }

    public void addListener(DeviceListener listener) {
        listeners.add(listener);
    }

    public void removeListener(DeviceListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (scheduler != null) {
                scheduler.shutdownNow();
                try {
                    if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                        LOG.warn("Device check still running at shutdown");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                scheduler = null;
            }
        }
        for (Entry entry : entries.values()) {
            Device device;
            synchronized (entry) {
                device = entry.device;
                entry.device = null;
            }
            if (device != null) {
                try {
                    device.removeListener(fromDevices);
                    device.close();
                } catch (RuntimeException | LinkageError e) {
                    LOG.warn("Closing device {} failed", entry.config.id(), e);
                }
            }
        }
    }

    private static final class Entry {

        final DeviceConfig config;
        Device device;
        DeviceStatus status;

        Entry(DeviceConfig config) {
            this.config = config;
        }
    }
}
