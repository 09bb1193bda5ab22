package org.legalkiosk.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.config.DemoDevices;
import org.legalkiosk.devices.config.DeviceRuntime;
import org.legalkiosk.devices.gpio.LightPattern;
import org.legalkiosk.devices.gpio.SimulatedStatusLight;
import org.legalkiosk.devices.manager.DeviceFactories;
import org.legalkiosk.devices.manager.DeviceManager;
import org.legalkiosk.devices.printer.SimulatedReceiptPrinter;

/** The simulated status light shows the kiosk's state: ready, updating, needs attention. */
class StatusLightsTest {

    private final DeviceRuntime runtime = new DeviceRuntime(Clock.systemUTC());
    private final AtomicBoolean updating = new AtomicBoolean();
    private DeviceManager manager =
            new DeviceManager(DemoDevices.simulatedSet(), runtime.factories(), Clock.systemUTC());

    @AfterEach
    void close() {
        manager.close();
        runtime.close();
    }

    private LightPattern light() {
        return manager.first(SimulatedStatusLight.class).orElseThrow().pattern();
    }

    @Test
    void readyNormallyUpdatingWhileContentIsAppliedAndAttentionWhenADeviceNeedsAPerson() {
        manager.checkNow();
        try (StatusLights lights = StatusLights.start(manager, updating::get)) {
            assertEquals(LightPattern.READY, light());

            updating.set(true);
            lights.refresh();
            assertEquals(LightPattern.UPDATING, light());

            // no refresh by hand: the manager's event carries the change to the light
            manager.first(SimulatedReceiptPrinter.class).orElseThrow().paperOut(true);
            manager.checkNow();
            assertEquals(LightPattern.NEEDS_ATTENTION, light(), "attention outranks an update");

            manager.first(SimulatedReceiptPrinter.class).orElseThrow().paperOut(false);
            manager.checkNow();
            assertEquals(LightPattern.UPDATING, light());

            updating.set(false);
            lights.refresh();
            assertEquals(LightPattern.READY, light());
        }
    }

    @Test
    void aDisconnectedDeviceNeedsAttention() {
        manager.close();
        // a receipt printer with no driver to open it stays DISCONNECTED (not-supported)
        SimulatedStatusLight[] made = new SimulatedStatusLight[1];
        DeviceFactories factories = DeviceFactories.builder()
                .register(DeviceKind.STATUS_LIGHT, org.legalkiosk.devices.DeviceMode.SIMULATED, c -> {
                    made[0] = new SimulatedStatusLight(c.id(), (period, tick) -> () -> {});
                    return made[0];
                })
                .build();
        manager = new DeviceManager(
                List.of(
                        DeviceConfig.simulated("light", DeviceKind.STATUS_LIGHT),
                        DeviceConfig.simulated("receipt", DeviceKind.RECEIPT_PRINTER)),
                factories,
                Clock.systemUTC());
        manager.checkNow();
        try (StatusLights lights = StatusLights.start(manager, updating::get)) {
            assertEquals(LightPattern.NEEDS_ATTENTION, made[0].pattern());
        }
    }

    @Test
    void thePatternIsWorkedOutFromTheStatesAlone() {
        manager.checkNow();
        assertEquals(LightPattern.READY, StatusLights.patternFor(manager.snapshot(), false));
        assertEquals(LightPattern.READY, StatusLights.patternFor(List.of(), false), "no devices at all");
        assertEquals(LightPattern.UPDATING, StatusLights.patternFor(List.of(), true));
    }
}
