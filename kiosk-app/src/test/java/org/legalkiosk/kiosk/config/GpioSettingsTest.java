package org.legalkiosk.kiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpioSettingsTest {

    @Test
    void theKnownProvidersAreAccepted() {
        for (String provider : new String[] {"gpiod", "linuxfs", "mock"}) {
            assertEquals(Optional.empty(), new GpioSettings(provider).problem(), provider);
        }
    }

    @Test
    void aMissingOrUnknownProviderIsNamedWithItsSetting() {
        assertEquals(
                "gpio.provider is required in a gpio: section: gpiod, linuxfs, mock",
                new GpioSettings(null).problem().orElseThrow());
        assertEquals(
                "gpio.provider must be one of gpiod, linuxfs, mock, not pigpio",
                new GpioSettings("pigpio").problem().orElseThrow());
    }

    @Test
    void kioskYamlWithABadProviderIsRefusedNamingTheFile(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve(KioskSettings.FILE_NAME), "gpio:\n  provider: autodetect\n");
        KioskSettings.InvalidSettingsException e =
                assertThrows(KioskSettings.InvalidSettingsException.class, () -> KioskSettings.read(data));
        assertTrue(
                e.getMessage().startsWith(data.resolve(KioskSettings.FILE_NAME) + ": gpio.provider must be one of"),
                e.getMessage());
        Files.writeString(data.resolve(KioskSettings.FILE_NAME), "gpio:\n  provider: gpiod\n");
        assertEquals("gpiod", GpioSettings.providerOf(KioskSettings.read(data)));
        assertEquals(null, GpioSettings.providerOf(KioskSettings.none()));
    }
}
