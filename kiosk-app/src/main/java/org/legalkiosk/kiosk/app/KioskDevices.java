package org.legalkiosk.kiosk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.config.DemoDevices;
import org.legalkiosk.devices.config.DeviceRuntime;
import org.legalkiosk.devices.manager.DeviceManager;
import org.legalkiosk.kiosk.agent.terminal.KioskStatus;
import org.legalkiosk.kiosk.config.DevicesFile;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.service.devices.DemoDeviceControls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's devices while the kiosk runs: the simulated set in demo mode, else the {@code devices:} of
 * DATA_DIR/kiosk.yaml, checked in the background so an unplugged device is noticed and a re-plugged one comes
 * back. A device list with a mistake is logged and ignored: the kiosk still starts, without devices, since a
 * terminal that shows law explainers is better than a blank screen.
 */
final class KioskDevices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KioskDevices.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);

    private final DeviceRuntime runtime;
    private final DeviceManager manager;
    private final String configProblem;
    private final DemoDeviceControls demoControls;

    private KioskDevices(DeviceRuntime runtime, DeviceManager manager, String configProblem, boolean demo) {
        this.runtime = runtime;
        this.manager = manager;
        this.configProblem = configProblem;
        this.demoControls = demo ? new DemoSimulatedDeviceControls(manager) : DemoDeviceControls.none();
    }

    /** @param gpioProvider {@code gpio.provider} from kiosk.yaml; null when the file has no gpio: section */
    static KioskDevices start(KioskConfig config, String gpioProvider, Clock clock) {
        KioskDevices devices = open(config, gpioProvider, clock);
        devices.manager.start(CHECK_EVERY);
        return devices;
    }

    /** Opens the devices without starting the background checks (tests call {@code manager().checkNow()}). */
    static KioskDevices open(KioskConfig config, String gpioProvider, Clock clock) {
        List<DeviceConfig> configs = List.of();
        String problem = null;
        if (config.demo()) {
            configs = DemoDevices.simulatedSet();
        } else {
            Path file = config.dataDir().resolve(DevicesFile.KIOSK_YAML);
            try {
                configs = DevicesFile.readIfConfigured(file);
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        DeviceRuntime runtime = new DeviceRuntime(clock, gpioProvider);
        DeviceManager manager;
        try {
            manager = new DeviceManager(configs, runtime.factories(), clock);
        } catch (IllegalArgumentException e) {
            problem = config.dataDir().resolve(DevicesFile.KIOSK_YAML) + ": " + e.getMessage();
            manager = new DeviceManager(List.of(), runtime.factories(), clock);
        }
        if (problem != null) {
            LOG.error("No devices started, the device list has a mistake: {}", problem);
        } else {
            LOG.info("{} device(s) configured{}", configs.size(), config.demo() ? " (demo: simulated)" : "");
        }
        return new KioskDevices(runtime, manager, problem, config.demo());
    }

    DeviceManager manager() {
        return manager;
    }

    /** The demo panel's hands on the simulated devices; nothing available outside the demo. */
    DemoDeviceControls demoControls() {
        return demoControls;
    }

    /** What was wrong with the device list, when the kiosk had to start without devices. */
    Optional<String> configProblem() {
        return Optional.ofNullable(configProblem);
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
