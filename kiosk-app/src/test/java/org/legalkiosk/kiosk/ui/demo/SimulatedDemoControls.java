package org.legalkiosk.kiosk.ui.demo;

import org.legalkiosk.devices.Device;
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

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The demo's controls over a manager's simulated devices, as the app's own (package-private) implementation does
 * it, writing down each call so a test can see the panel reached them.
 */
final class SimulatedDemoControls implements DemoDeviceControls {

    final List<String> calls = new CopyOnWriteArrayList<>();
    private final DeviceManager manager;

    SimulatedDemoControls(DeviceManager manager) {
        this.manager = manager;
    }

    private <T extends Device> boolean on(Class<T> type, String call, Consumer<T> change) {
        calls.add(call);
        Optional<T> device = manager.first(type);
        device.ifPresent(change);
        return device.isPresent();
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public boolean insertSampleIdCard() {
        return on(SimulatedIdCardReader.class, "insertSampleIdCard", r -> r.insert(SampleCards.resident()));
    }

    @Override
    public boolean removeIdCard() {
        return on(SimulatedIdCardReader.class, "removeIdCard", SimulatedIdCardReader::remove);
    }

    @Override
    public boolean insertSampleSmartCard() {
        return on(SimulatedSmartCardReader.class, "insertSampleSmartCard",
                r -> r.insert(SimulatedCard.sampleSocialSecurityCard()));
    }

    @Override
    public boolean removeSmartCard() {
        return on(SimulatedSmartCardReader.class, "removeSmartCard", SimulatedSmartCardReader::remove);
    }

    @Override
    public boolean receiptPaperOut(boolean out) {
        return on(SimulatedReceiptPrinter.class, "receiptPaperOut " + out, p -> p.paperOut(out));
    }

    @Override
    public boolean receiptCoverOpen(boolean open) {
        return on(SimulatedReceiptPrinter.class, "receiptCoverOpen " + open, p -> p.coverOpen(open));
    }

    @Override
    public boolean pressHelpButton() {
        return on(SimulatedHelpButton.class, "pressHelpButton", SimulatedHelpButton::press);
    }

    @Override
    public boolean presence(boolean present) {
        return on(SimulatedPresenceSensor.class, "presence " + present, s -> {
            if (present) {
                s.personArrives();
            } else {
                s.personLeaves();
            }
        });
    }

    @Override
    public boolean cameraShowsQrCode(String text) {
        var picture = QrPictures.of(text, 480);
        return on(SimulatedCamera.class, "cameraShowsQrCode " + text, c -> c.show(picture));
    }
}
