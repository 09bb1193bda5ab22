package org.legalkiosk.devices.printer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceFactory;

/**
 * Builds receipt printers from configuration. Real printers take {@code transport} = {@code tcp} (with
 * {@code host}, {@code port} default 9100), {@code file} (with {@code path}, e.g. /dev/usb/lp0) or
 * {@code serial} (with {@code path}, {@code baud} default 9600, {@code flowControl} = rtscts|none), plus
 * {@code timeoutMillis} (default 2000) for connects and reads.
 */
public final class ReceiptPrinterFactories {

    private ReceiptPrinterFactories() {}

    public static DeviceFactory real(Clock clock) {
        return config -> new EscPosPrinter(config.id(), transport(config), clock);
    }

    public static DeviceFactory simulated(Clock clock) {
        return config -> new SimulatedReceiptPrinter(config.id(), clock);
    }

    static PrinterTransport transport(DeviceConfig config) {
        Duration timeout = config.millisProperty("timeoutMillis", Duration.ofSeconds(2));
        String kind = config.property("transport", "tcp");
        return switch (kind) {
            case "tcp" ->
                new TcpTransport(
                        config.requireProperty("host"),
                        config.intProperty("port", TcpTransport.DEFAULT_PORT),
                        timeout,
                        timeout);
            case "file" -> new DeviceFileTransport(Path.of(config.requireProperty("path")), timeout);
            case "serial" ->
                new SerialTransport(
                        config.requireProperty("path"),
                        config.intProperty("baud", 9600),
                        "rtscts".equals(config.property("flowControl", "none")),
                        timeout,
                        timeout.multipliedBy(5));
            default ->
                throw new IllegalArgumentException(
                        "device '" + config.id() + "': transport must be tcp, file or serial, was '" + kind + "'");
        };
    }
}
