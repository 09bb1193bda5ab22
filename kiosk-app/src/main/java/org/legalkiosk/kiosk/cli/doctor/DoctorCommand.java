package org.legalkiosk.kiosk.cli.doctor;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.legalkiosk.devices.Device;
import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.config.DemoDevices;
import org.legalkiosk.devices.config.DeviceConfigs;
import org.legalkiosk.devices.config.DeviceRuntime;
import org.legalkiosk.devices.manager.DeviceManager;
import org.legalkiosk.kiosk.config.DevicesFile;
import org.legalkiosk.kiosk.config.GpioSettings;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.service.devices.SelfTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code legalkiosk doctor}: opens every configured device, shows its state and runs its self-test (a test slip,
 * a card read, a frame, a blink, a test page), so a technician in a village hall can tell what is broken.
 */
@Command(
        name = "doctor",
        mixinStandardHelpOptions = true,
        description = "Check every configured device: its state and a self-test.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every device works",
            "1:a device failed (named in the table)",
            "2:bad options or device settings"
        })
public final class DoctorCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int DEVICE_FAILED = 1;
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "A YAML file with a devices: list (for example the terminal's kiosk.yaml).")
    Path config;

    @Option(names = "--demo", description = "Check the demo's simulated devices.")
    boolean demo;

    /** One row of the report. */
    record Row(DeviceConfig config, DeviceStatus status, SelfTest.Outcome test) {

        boolean failed() {
            return status.state() == DeviceState.DISCONNECTED
                    || status.state() == DeviceState.NEEDS_ATTENTION
                    || (test != null && !test.ok());
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (demo == (config != null)) {
            err.println("doctor: give either --demo or --config FILE");
            err.flush();
            return USAGE;
        }
        List<DeviceConfig> configs;
        try {
            configs = demo ? DemoDevices.simulatedSet() : DevicesFile.read(config);
        } catch (IllegalArgumentException e) {
            err.println("doctor: " + e.getMessage());
            err.flush();
            return USAGE;
        }
        String gpioProvider;
        try {
            gpioProvider = demo ? null : gpioProvider(config);
        } catch (KioskSettings.InvalidSettingsException e) {
            err.println("doctor: " + e.getMessage());
            err.flush();
            return USAGE;
        }
        List<Row> rows = check(configs, gpioProvider, err);
        out.print(table(rows));
        List<Row> failed = rows.stream().filter(Row::failed).toList();
        if (failed.isEmpty()) {
            out.println("All " + rows.size() + " devices work.");
        } else {
            for (Row row : failed) {
                err.println("doctor: " + row.config().id() + " failed: " + reason(row));
            }
        }
        out.flush();
        err.flush();
        return failed.isEmpty() ? OK : DEVICE_FAILED;
    }

    /** {@code gpio.provider} when the file checked is a terminal's kiosk.yaml; null for a bare device list. */
    private static String gpioProvider(Path file) throws KioskSettings.InvalidSettingsException {
        Path name = file.getFileName();
        Path folder = file.toAbsolutePath().getParent();
        if (name == null || folder == null || !name.toString().equals(KioskSettings.FILE_NAME)) {
            return null;
        }
        return GpioSettings.providerOf(KioskSettings.read(folder));
    }

    private static List<Row> check(List<DeviceConfig> configs, String gpioProvider, PrintWriter err) {
        Clock clock = Clock.systemUTC();
        List<Row> rows = new ArrayList<>();
        try (DeviceRuntime runtime = new DeviceRuntime(clock, gpioProvider);
                DeviceManager manager = new DeviceManager(configs, runtime.factories(), clock)) {
            manager.checkNow();
            for (DeviceConfig c : configs) {
                DeviceStatus status = manager.status(c.id()).orElseThrow();
                Optional<Device> device = manager.device(c.id(), Device.class);
                SelfTest.Outcome test = null;
                if (device.isPresent() && status.state() != DeviceState.DISCONNECTED) {
                    test = SelfTest.run(device.get());
                    manager.checkNow();
                    status = manager.status(c.id()).orElseThrow();
                }
                rows.add(new Row(c, status, test));
            }
            runtime.gpioProblem().ifPresent(problem -> err.println("doctor: GPIO: " + problem));
        }
        return rows;
    }

    private static String reason(Row row) {
        if (row.test() != null && !row.test().ok()) {
            return row.test().name() + ": " + row.test().detail();
        }
        String why = row.status().reason();
        String description = row.status().description();
        return row.status().state()
                + (why.isEmpty() ? "" : " (" + why + ")")
                + (description.isEmpty() ? "" : ": " + description);
    }

    static String table(List<Row> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"DEVICE", "KIND", "MODE", "STATE", "SELF-TEST", "DETAIL"});
        for (Row row : rows) {
            DeviceStatus s = row.status();
            String state = s.state() + (s.reason().isEmpty() ? "" : " (" + s.reason() + ")");
            String test = row.test() == null
                    ? "skipped"
                    : row.test().name() + (row.test().ok() ? ": ok" : ": FAILED");
            String detail = row.test() != null && !row.test().detail().isEmpty()
                    ? row.test().detail()
                    : s.description();
            cells.add(new String[] {
                row.config().id(),
                DeviceConfigs.name(row.config().kind()),
                row.config().mode().name().toLowerCase(),
                state,
                test,
                detail
            });
        }
        int[] widths = new int[6];
        for (String[] line : cells) {
            for (int i = 0; i < 5; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (String[] line : cells) {
            for (int i = 0; i < 5; i++) {
                table.append(String.format("%-" + widths[i] + "s  ", line[i]));
            }
            table.append(line[5].replace('\n', ' ')).append('\n');
        }
        return table.toString();
    }
}
