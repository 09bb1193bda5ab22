package org.legalkiosk.kiosk.app;

import java.util.Optional;
import java.util.function.Consumer;

import org.legalkiosk.devices.Device;
import org.legalkiosk.devices.a4.SimulatedDocumentPrinter;
import org.legalkiosk.devices.camera.QrPictures;
import org.legalkiosk.devices.camera.SimulatedCamera;
import org.legalkiosk.devices.gpio.SimulatedHelpButton;
import org.legalkiosk.devices.gpio.SimulatedPresenceSensor;
import org.legalkiosk.devices.idcard.SampleCards;
import org.legalkiosk.devices.idcard.SimulatedIdCardReader;
import org.legalkiosk.devices.manager.DeviceManager;
import org.legalkiosk.devices.printer.SimulatedReceiptPrinter;
import org.legalkiosk.devices.smartcard.SimulatedCard;
import org.legalkiosk.devices.smartcard.SimulatedSmartCardReader;
import org.legalkiosk.kiosk.service.devices.DemoDeviceControls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo panel's actions carried out on the first simulated device of each kind the manager holds. Devices are
 * looked up at each action because the manager may have recreated one; a kind without a simulated device answers
 * false.
 */
public final class DemoSimulatedDeviceControls implements DemoDeviceControls {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSimulatedDeviceControls.class);
    private static final int QR_SIZE = 480;

    private final DeviceManager manager;

    public DemoSimulatedDeviceControls(DeviceManager manager) {
        this.manager = manager;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public boolean insertSampleIdCard() {
        return on(SimulatedIdCardReader.class, "insert sample ID card", r -> r.insert(SampleCards.resident()));
    }

    @Override
    public boolean removeIdCard() {
        return on(SimulatedIdCardReader.class, "remove ID card", SimulatedIdCardReader::remove);
    }

    @Override
    public boolean insertSampleSmartCard() {
        return on(
                SimulatedSmartCardReader.class,
                "insert sample smart card",
                r -> r.insert(SimulatedCard.sampleSocialSecurityCard()));
    }

    @Override
    public boolean removeSmartCard() {
        return on(SimulatedSmartCardReader.class, "remove smart card", SimulatedSmartCardReader::remove);
    }

    @Override
    public boolean receiptPaperOut(boolean out) {
        return on(SimulatedReceiptPrinter.class, "paper out " + out, p -> p.paperOut(out));
    }

    @Override
    public boolean receiptCoverOpen(boolean open) {
        return on(SimulatedReceiptPrinter.class, "cover open " + open, p -> p.coverOpen(open));
    }

    @Override
    public boolean a4PaperOut(boolean out) {
        return on(SimulatedDocumentPrinter.class, "A4 paper out " + out, p -> p.paperOut(out));
    }

    @Override
    public boolean pressHelpButton() {
        return on(SimulatedHelpButton.class, "press help button", SimulatedHelpButton::press);
    }

    @Override
    public boolean presence(boolean present) {
        return on(SimulatedPresenceSensor.class, present ? "person arrives" : "person leaves", s -> {
            if (present) {
                s.personArrives();
            } else {
                s.personLeaves();
            }
        });
    }

    @Override
    public boolean cameraShowsQrCode(String text) {
        // the picture is made before the camera is touched, so text that cannot be a QR code changes nothing
        var picture = QrPictures.of(text, QR_SIZE);
        return on(SimulatedCamera.class, "camera shows a QR code", c -> c.show(picture));
    }

    private <T extends Device> boolean on(Class<T> type, String action, Consumer<T> change) {
        Optional<T> device = manager.first(type);
        if (device.isEmpty()) {
            LOG.debug("Demo control '{}': no {} in this terminal", action, type.getSimpleName());
            return false;
        }
        LOG.info("Demo control: {} on {}", action, device.get().id());
        change.accept(device.get());
        return true;
    }
}
