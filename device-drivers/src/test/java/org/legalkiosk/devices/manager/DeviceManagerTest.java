package org.legalkiosk.devices.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.Device;
import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.DeviceMode;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.printer.ReceiptPrinter;
import org.legalkiosk.devices.printer.ReceiptPrinterFactories;
import org.legalkiosk.devices.printer.SimulatedReceiptPrinter;

class DeviceManagerTest {

    private final Clock clock = Clock.systemUTC();

    private DeviceFactories printers() {
        return DeviceFactories.builder()
                .register(DeviceKind.RECEIPT_PRINTER, DeviceMode.SIMULATED, ReceiptPrinterFactories.simulated(clock))
                .build();
    }

    @Test
    void reportsEachDevicesStateAsEventsAndSnapshot() {
        try (DeviceManager manager = new DeviceManager(
                List.of(DeviceConfig.simulated("receipt", DeviceKind.RECEIPT_PRINTER)), printers(), clock)) {
            List<DeviceStatus> events = new CopyOnWriteArrayList<>();
            manager.addListener(events::add);
            manager.checkNow();
            SimulatedReceiptPrinter printer =
                    manager.device("receipt", SimulatedReceiptPrinter.class).orElseThrow();

            printer.paperOut(true);
            manager.checkNow();
            manager.checkNow();

            assertEquals(
                    List.of(DeviceState.READY, DeviceState.NEEDS_ATTENTION),
                    events.stream().map(DeviceStatus::state).toList(),
                    "an unchanged state is reported once");
            assertEquals(DeviceState.NEEDS_ATTENTION, manager.snapshot().get(0).state());
            assertTrue(manager.first(ReceiptPrinter.class).isPresent());
        }
    }

    @Test
    void aDriverThatThrowsBecomesDisconnectedWithAReason() {
        DeviceFactories factories = DeviceFactories.builder()
                .register(DeviceKind.CAMERA, DeviceMode.REAL, config -> new ExplodingDevice(config.id()))
                .build();
        try (DeviceManager manager = new DeviceManager(
                List.of(new DeviceConfig("cam", DeviceKind.CAMERA, DeviceMode.REAL, null)), factories, clock)) {

            manager.checkNow();

            DeviceStatus status = manager.status("cam").orElseThrow();
            assertEquals(DeviceState.DISCONNECTED, status.state());
            assertEquals("driver-error", status.reason());
        }
    }

    @Test
    void aDeviceThatCannotBeCreatedIsRetriedAtTheNextCheck() {
        AtomicInteger attempts = new AtomicInteger();
        DeviceFactories factories = DeviceFactories.builder()
                .register(DeviceKind.RECEIPT_PRINTER, DeviceMode.REAL, config -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("port busy");
                    }
                    return new SimulatedReceiptPrinter(config.id(), clock);
                })
                .build();
        try (DeviceManager manager = new DeviceManager(
                List.of(new DeviceConfig("receipt", DeviceKind.RECEIPT_PRINTER, DeviceMode.REAL, null)),
                factories,
                clock)) {
            assertEquals("cannot-open", manager.status("receipt").orElseThrow().reason());

            manager.checkNow();

            assertEquals(
                    DeviceState.READY, manager.status("receipt").orElseThrow().state());
        }
    }

    @Test
    void aKindWithoutADriverIsReportedNotCrashed() {
        try (DeviceManager manager = new DeviceManager(
                List.of(DeviceConfig.simulated("light", DeviceKind.STATUS_LIGHT)), printers(), clock)) {
            manager.checkNow();

            assertEquals("not-supported", manager.status("light").orElseThrow().reason());
        }
    }

    @Test
    void theBackgroundCheckNoticesAnUnplugWithoutBeingAsked() throws InterruptedException {
        try (DeviceManager manager = new DeviceManager(
                List.of(DeviceConfig.simulated("receipt", DeviceKind.RECEIPT_PRINTER)), printers(), clock)) {
            CountDownLatch replugged = new CountDownLatch(1);
            SimulatedReceiptPrinter printer =
                    manager.device("receipt", SimulatedReceiptPrinter.class).orElseThrow();
            printer.unplug();
            manager.addListener(s -> {
                if (s.state() == DeviceState.READY) {
                    replugged.countDown();
                }
            });

            manager.start(Duration.ofMillis(50));
            printer.replug();

            assertTrue(replugged.await(10, TimeUnit.SECONDS), "the manager saw the printer come back");
        }
    }

    private static final class ExplodingDevice implements Device {

        private final String id;

        ExplodingDevice(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public DeviceKind kind() {
            return DeviceKind.CAMERA;
        }

        @Override
        public DeviceStatus status() {
            throw new IllegalStateException("driver bug");
        }

        @Override
        public void close() {
            throw new IllegalStateException("close bug");
        }
    }
}
