package org.legalkiosk.devices.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.extension.Plugin;
import com.pi4j.extension.PluginService;
import com.pi4j.platform.Platform;
import com.pi4j.provider.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Pi4J context for REAL GPIO devices, built once on first use from the provider named in {@code kiosk.yaml}
 * ({@code gpio: provider:}), never auto-detected: a terminal behaves the same on every boot, and a board on which
 * the named provider cannot start says so instead of quietly using another one. When the provider is not set,
 * not installed or fails to start, the devices get an empty context instead, cannot claim their pins, and
 * report {@code DISCONNECTED} / {@code gpio-unavailable}; {@link #unavailableReason()} says why, naming the
 * setting. Nothing here throws.
 */
public final class GpioContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GpioContext.class);

    /** The providers {@code gpio.provider} may name, and the Pi4J plugin that brings each. */
    public static final Map<String, String> PLUGINS = Map.of(
            "gpiod", "com.pi4j.plugin.gpiod.GpioDPlugin",
            "linuxfs", "com.pi4j.plugin.linuxfs.LinuxFsPlugin",
            "mock", "com.pi4j.plugin.mock.MockPlugin");

    private final String provider;
    private Context context;
    private String unavailable;

    /** @param provider the value of {@code gpio.provider}, one of {@link #PLUGINS}; null when not set */
    public GpioContext(String provider) {
        this.provider = provider;
    }

    public synchronized Context context() {
        if (context == null) {
            context = build();
        }
        return context;
    }

    /** Why real GPIO cannot be used on this machine, once {@link #context()} has been built. */
    public synchronized Optional<String> unavailableReason() {
        return Optional.ofNullable(unavailable);
    }

    private Context build() {
        try {
            List<Provider> providers = providersOfTheChosenPlugin();
            return Pi4J.newContextBuilder()
                    .noAutoDetect()
                    .add(providers.toArray(Provider[]::new))
                    .build();
        } catch (GpioUnavailable e) {
            unavailable = e.getMessage();
        } catch (RuntimeException | LinkageError e) {
            unavailable = "the Pi4J " + provider + " provider (gpio.provider in kiosk.yaml) could not start: "
                    + e.getMessage();
        }
        LOG.warn("GPIO devices stay disconnected: {}", unavailable);
        return Pi4J.newContextBuilder().noAutoDetect().build();
    }

    private List<Provider> providersOfTheChosenPlugin() {
        if (provider == null) {
            throw new GpioUnavailable("no gpio.provider in kiosk.yaml: set it to "
                    + String.join(
                            " or ",
                            PLUGINS.keySet().stream()
                                    .filter(p -> !p.equals("mock"))
                                    .sorted()
                                    .toList())
                    + " for the presence sensor, status light and help button");
        }
        String pluginClass = PLUGINS.get(provider.toLowerCase(Locale.ROOT));
        if (pluginClass == null) {
            throw new GpioUnavailable("gpio.provider in kiosk.yaml is \"" + provider + "\", not one of "
                    + PLUGINS.keySet().stream().sorted().toList());
        }
        for (Plugin plugin : ServiceLoader.load(Plugin.class)) {
            if (plugin.getClass().getName().equals(pluginClass)) {
                Collector collector = new Collector();
                plugin.initialize(collector);
                if (collector.providers.isEmpty()) {
                    throw new GpioUnavailable("the Pi4J " + provider + " provider (gpio.provider in kiosk.yaml) "
                            + "offers no GPIO on this machine");
                }
                return collector.providers;
            }
        }
        throw new GpioUnavailable("gpio.provider in kiosk.yaml is \"" + provider + "\", but the Pi4J " + provider
                + " provider is not installed (the jar pi4j-plugin-" + provider + " is missing)");
    }

    /** Receives what one plugin registers; the context is built from it afterwards. */
    private static final class Collector implements PluginService {
        private final List<Provider> providers = new ArrayList<>();

        @Override
        public Context context() {
            return null;
        }

        @Override
        public PluginService register(Provider... provided) {
            Collections.addAll(providers, provided);
            return this;
        }

        @Override
        public PluginService register(Platform... platforms) {
            return this;
        }
    }

    private static final class GpioUnavailable extends RuntimeException {
        GpioUnavailable(String message) {
            super(message);
        }
    }

    private static void shutdown(Context c) {
        try {
            c.shutdown();
        } catch (RuntimeException e) {
            LOG.debug("Pi4J shutdown failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            shutdown(context);
            context = null;
        }
    }
}
