package org.legalkiosk.kiosk.config;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.legalkiosk.devices.config.GpioContext;

/**
 * The {@code gpio:} section: which Pi4J provider drives the presence sensor, status light and help button. It is
 * chosen here, never detected, so a terminal behaves the same on every boot: {@code gpiod} on a Raspberry Pi
 * running Bookworm, {@code linuxfs} on older kernels with the sysfs GPIO interface, {@code mock} for tests.
 *
 * @param provider the provider's name, one of {@link GpioContext#PLUGINS}
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record GpioSettings(String provider) implements KioskSettings.Section {

    @Override
    public Optional<String> problem() {
        if (provider == null || provider.isBlank()) {
            return Optional.of("gpio.provider is required in a gpio: section: "
                    + String.join(
                            ", ", GpioContext.PLUGINS.keySet().stream().sorted().toList()));
        }
        if (!GpioContext.PLUGINS.containsKey(provider)) {
            return Optional.of("gpio.provider must be one of "
                    + String.join(
                            ", ", GpioContext.PLUGINS.keySet().stream().sorted().toList()) + ", not " + provider);
        }
        return Optional.empty();
    }

    /** The provider named in these settings, or null when the file has no {@code gpio:} section. */
    public static String providerOf(KioskSettings settings) {
        return settings.gpio() == null ? null : settings.gpio().provider();
    }
}
