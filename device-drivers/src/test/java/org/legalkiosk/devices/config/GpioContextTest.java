package org.legalkiosk.devices.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.DeviceMode;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.gpio.PresenceSensor;
import org.legalkiosk.devices.manager.DeviceManager;

/** The GPIO provider comes from kiosk.yaml's gpio.provider, never from detection; only the mock plugin is on this classpath. */
class GpioContextTest {

    private static final List<DeviceConfig> GPIO_DEVICES = List.of(
            new DeviceConfig("presence", DeviceKind.PRESENCE_SENSOR, DeviceMode.REAL, Map.of()),
            new DeviceConfig("light", DeviceKind.STATUS_LIGHT, DeviceMode.REAL, Map.of()),
            new DeviceConfig("help", DeviceKind.HELP_BUTTON, DeviceMode.REAL, Map.of()));

    @Test
    void theChosenProviderDrivesTheRealDevicesAndNoOtherIsLoaded() {
        try (GpioContext gpio = new GpioContext("mock");
                DeviceRuntime runtime = new DeviceRuntime(Clock.systemUTC(), gpio);
                DeviceManager manager = new DeviceManager(GPIO_DEVICES, runtime.factories(), Clock.systemUTC())) {
            manager.checkNow();
            assertEquals(List.of(), gpio.unavailableReason().stream().toList());
            for (DeviceStatus status : manager.snapshot()) {
                assertEquals(DeviceState.READY, status.state(), status.toString());
            }
            assertTrue(
                    gpio.context().providers().all().keySet().stream().allMatch(id -> id.startsWith("mock")),
                    "only the chosen plugin's providers: "
                            + gpio.context().providers().all().keySet());
            PresenceSensor sensor =
                    manager.device("presence", PresenceSensor.class).orElseThrow();
            gpio.context().registry().get("presence", MockDigitalInput.class).mockState(DigitalState.HIGH);
            assertTrue(sensor.isPresent(), "an event on the mock pin reaches the sensor");
        }
    }

    @Test
    void aProviderThatIsNotInstalledIsNamedWithItsSetting() {
        try (GpioContext gpio = new GpioContext("gpiod");
                DeviceRuntime runtime = new DeviceRuntime(Clock.systemUTC(), gpio);
                DeviceManager manager = new DeviceManager(GPIO_DEVICES, runtime.factories(), Clock.systemUTC())) {
            manager.checkNow();
            String reason = runtime.gpioProblem().orElseThrow();
            assertTrue(reason.contains("gpio.provider in kiosk.yaml is \"gpiod\""), reason);
            assertTrue(reason.contains("pi4j-plugin-gpiod"), reason);
            assertFalse(reason.contains("mock"), "the mock plugin on the classpath is not taken instead: " + reason);
            for (DeviceStatus status : manager.snapshot()) {
                assertEquals(DeviceState.DISCONNECTED, status.state(), status.toString());
                assertEquals("gpio-unavailable", status.reason(), status.toString());
            }
        }
    }

    @Test
    void withoutTheSettingNothingIsGuessed() {
        try (GpioContext gpio = new GpioContext(null)) {
            assertTrue(gpio.context().providers().all().isEmpty());
            assertTrue(gpio.unavailableReason().orElseThrow().startsWith("no gpio.provider in kiosk.yaml"));
        }
    }

    @Test
    void anUnknownProviderNameListsTheChoices() {
        try (GpioContext gpio = new GpioContext("wiringpi")) {
            gpio.context();
            assertEquals(
                    "gpio.provider in kiosk.yaml is \"wiringpi\", not one of [gpiod, linuxfs, mock]",
                    gpio.unavailableReason().orElseThrow());
        }
    }
}
