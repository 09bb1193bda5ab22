package org.legalkiosk.kiosk.app;

import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.config.DemoDevices;
import org.legalkiosk.devices.config.DeviceRuntime;
import org.legalkiosk.devices.manager.DeviceManager;
import org.legalkiosk.kiosk.agent.KioskStatus;
import org.legalkiosk.kiosk.config.KioskConfig;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The terminal's devices while the kiosk runs: the simulated set in demo mode (configured real devices are the
 * next step), checked in the background so an unplugged device is noticed and a re-plugged one comes back.
 */
final class KioskDevices implements AutoCloseable {

    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);

    private final DeviceRuntime runtime;
    private final DeviceManager manager;

    private KioskDevices(DeviceRuntime runtime, DeviceManager manager) {
        this.runtime = runtime;
        this.manager = manager;
    }

    static KioskDevices start(KioskConfig config, Clock clock) {
        List<DeviceConfig> configs = config.demo() ? DemoDevices.simulatedSet() : List.of();
        DeviceRuntime runtime = new DeviceRuntime(clock);
        DeviceManager manager = new DeviceManager(configs, runtime.factories(), clock);
        manager.start(CHECK_EVERY);
        return new KioskDevices(runtime, manager);
    }

    /** Each device's state as the agent reports it: name, state, and the reason when it is not ready. */
    List<KioskStatus.Device> forStatus() {
        return manager.snapshot().stream().map(KioskDevices::describe).toList();
    }

    private static KioskStatus.Device describe(DeviceStatus s) {
        String detail = s.reason() == null || s.reason().isBlank() ? "" : s.reason();
        return new KioskStatus.Device(s.deviceId(), s.state().name(), detail);
    }

    @Override
    public void close() {
        manager.close();
        runtime.close();
    }
}
