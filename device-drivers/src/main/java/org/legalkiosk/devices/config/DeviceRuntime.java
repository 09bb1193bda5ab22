package org.legalkiosk.devices.config;

import java.nio.file.Path;
import java.time.Clock;

import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.DeviceMode;
import org.legalkiosk.devices.a4.CupsPrinter;
import org.legalkiosk.devices.a4.SimulatedDocumentPrinter;
import org.legalkiosk.devices.camera.Camera;
import org.legalkiosk.devices.camera.FfmpegCamera;
import org.legalkiosk.devices.camera.RpicamCamera;
import org.legalkiosk.devices.camera.SimulatedCamera;
import org.legalkiosk.devices.gpio.ExecutorTicker;
import org.legalkiosk.devices.gpio.Pi4jHelpButton;
import org.legalkiosk.devices.gpio.Pi4jPresenceSensor;
import org.legalkiosk.devices.gpio.Pi4jStatusLight;
import org.legalkiosk.devices.gpio.SimulatedHelpButton;
import org.legalkiosk.devices.gpio.SimulatedPresenceSensor;
import org.legalkiosk.devices.gpio.SimulatedStatusLight;
import org.legalkiosk.devices.idcard.SerialIdCardReader;
import org.legalkiosk.devices.idcard.SimulatedIdCardReader;
import org.legalkiosk.devices.manager.DeviceFactories;
import org.legalkiosk.devices.printer.ReceiptPrinterFactories;
import org.legalkiosk.devices.smartcard.PcscSmartCardReader;
import org.legalkiosk.devices.smartcard.SimulatedSmartCardReader;

/**
 * What the device factories share: the clock, the Pi4J context for real GPIO (built only when a GPIO device is)
 * and the thread that blinks status lights. Registers a REAL and a SIMULATED factory for every kind; close it after the {@code DeviceManager} that uses its factories.
 *
 * <p>Settings per kind (besides id, kind, mode):
 * <ul>
 * <li>receipt-printer: {@code transport} tcp|file|serial, {@code host}, {@code port}, {@code path}, {@code baud},
 *     {@code flowControl}, {@code timeoutMillis}</li>
 * <li>id-card-reader: {@code path}, {@code baud}, {@code timeoutMillis}, {@code attempts}, {@code pollMillis}</li>
 * <li>a4-printer: {@code queue}, {@code server}, {@code timeoutMillis}</li>
 * <li>camera: {@code driver} ffmpeg|rpicam; ffmpeg: {@code device}, {@code videoSize}, {@code inputFormat};
 *     rpicam: {@code width}, {@code height}, {@code camera}; simulated: {@code folder} of images</li>
 * <li>smart-card-reader: {@code reader} (part of the PC/SC reader name; first reader when absent),
 *     {@code pollMillis}, {@code timeoutMillis}</li>
 * <li>presence-sensor, status-light, help-button: {@code bcm} (23, 18, 24)</li>
 * </ul>
 */
public final class DeviceRuntime implements AutoCloseable {

    private final Clock clock;
    private final GpioContext gpio;
    private final ExecutorTicker ticker = new ExecutorTicker("status-light-blink");

    /** A runtime without a GPIO provider: real GPIO devices report why they cannot work. */
    public DeviceRuntime(Clock clock) {
        this(clock, new GpioContext(null));
    }

    /** @param gpioProvider {@code gpio.provider} from kiosk.yaml (see {@link GpioContext#PLUGINS}); null when not set */
    public DeviceRuntime(Clock clock, String gpioProvider) {
        this(clock, new GpioContext(gpioProvider));
    }

    public DeviceRuntime(Clock clock, GpioContext gpio) {
        this.clock = clock;
        this.gpio = gpio;
    }

    /** Why real GPIO devices cannot work, once one has been opened; empty while GPIO works or is unused. */
    public java.util.Optional<String> gpioProblem() {
        return gpio.unavailableReason();
    }

    public DeviceFactories factories() {
        DeviceFactories.Builder b = DeviceFactories.builder();
        b.register(DeviceKind.RECEIPT_PRINTER, DeviceMode.REAL, ReceiptPrinterFactories.real(clock));
        b.register(DeviceKind.RECEIPT_PRINTER, DeviceMode.SIMULATED, ReceiptPrinterFactories.simulated(clock));
        b.register(DeviceKind.ID_CARD_READER, DeviceMode.REAL, SerialIdCardReader::create);
        b.register(DeviceKind.ID_CARD_READER, DeviceMode.SIMULATED, c -> new SimulatedIdCardReader(c.id(), clock));
        b.register(
                DeviceKind.A4_PRINTER,
                DeviceMode.REAL,
                c -> new CupsPrinter(c.id(), CupsPrinter.Settings.from(c), clock));
        b.register(DeviceKind.A4_PRINTER, DeviceMode.SIMULATED, c -> new SimulatedDocumentPrinter(c.id(), clock));
        b.register(DeviceKind.CAMERA, DeviceMode.REAL, this::realCamera);
        b.register(
                DeviceKind.CAMERA,
                DeviceMode.SIMULATED,
                c -> new SimulatedCamera(
                        c.id(), c.property("folder").map(Path::of).orElse(null), clock));
        b.register(
                DeviceKind.PRESENCE_SENSOR,
                DeviceMode.REAL,
                c -> new Pi4jPresenceSensor(
                        gpio.context(), c.id(), c.intProperty("bcm", Pi4jPresenceSensor.DEFAULT_BCM), clock));
        b.register(DeviceKind.PRESENCE_SENSOR, DeviceMode.SIMULATED, c -> new SimulatedPresenceSensor(c.id(), clock));
        b.register(
                DeviceKind.STATUS_LIGHT,
                DeviceMode.REAL,
                c -> new Pi4jStatusLight(
                        gpio.context(), c.id(), c.intProperty("bcm", Pi4jStatusLight.DEFAULT_BCM), ticker, clock));
        b.register(DeviceKind.STATUS_LIGHT, DeviceMode.SIMULATED, c -> new SimulatedStatusLight(c.id(), ticker, clock));
        b.register(
                DeviceKind.HELP_BUTTON,
                DeviceMode.REAL,
                c -> new Pi4jHelpButton(gpio.context(), c.id(), c.intProperty("bcm", Pi4jHelpButton.DEFAULT_BCM)));
        b.register(DeviceKind.HELP_BUTTON, DeviceMode.SIMULATED, c -> new SimulatedHelpButton(c.id()));
        b.register(DeviceKind.SMART_CARD_READER, DeviceMode.REAL, c -> PcscSmartCardReader.create(c, clock));
        b.register(
                DeviceKind.SMART_CARD_READER, DeviceMode.SIMULATED, c -> new SimulatedSmartCardReader(c.id(), clock));
        return b.build();
    }

    private Camera realCamera(DeviceConfig c) {
        String driver = c.property("driver", "ffmpeg");
        return switch (driver) {
            case "ffmpeg" -> new FfmpegCamera(c.id(), FfmpegCamera.Settings.from(c), clock);
            case "rpicam" -> new RpicamCamera(c.id(), RpicamCamera.Settings.from(c), clock);
            default ->
                throw new IllegalArgumentException(
                        "device '" + c.id() + "': driver must be ffmpeg or rpicam, was '" + driver + "'");
        };
    }

    @Override
    public void close() {
        ticker.close();
        gpio.close();
    }
}
