package org.legalkiosk.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.camera.Camera;
import org.legalkiosk.devices.camera.QrScanner;
import org.legalkiosk.devices.gpio.HelpButton;
import org.legalkiosk.devices.gpio.PresenceSensor;
import org.legalkiosk.devices.idcard.IdCard;
import org.legalkiosk.devices.idcard.IdCardReader;
import org.legalkiosk.devices.idcard.SampleCards;
import org.legalkiosk.devices.smartcard.Aid;
import org.legalkiosk.devices.smartcard.SmartCardReader;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.service.devices.DemoDeviceControls;

/** The demo panel's actions reach the simulated devices, seen through the role interfaces the kiosk uses. */
class DemoSimulatedDeviceControlsTest {

    @TempDir
    Path data;

    private KioskDevices devices;

    private KioskConfig config(boolean demo) {
        return new KioskConfig(
                data,
                Optional.empty(),
                Optional.empty(),
                Duration.ofSeconds(90),
                Language.ZH,
                demo,
                true,
                false,
                1600,
                900,
                "127.0.0.1",
                -1);
    }

    private DemoDeviceControls demo() {
        devices = KioskDevices.open(config(true), null, Clock.systemUTC());
        return devices.demoControls();
    }

    @AfterEach
    void close() {
        if (devices != null) {
            devices.close();
        }
    }

    @Test
    void placingAndRemovingTheSampleIdCard() throws Exception {
        DemoDeviceControls controls = demo();
        IdCardReader reader = devices.manager().first(IdCardReader.class).orElseThrow();
        assertTrue(controls.available());
        assertTrue(controls.insertSampleIdCard());
        Optional<IdCard> card = reader.read(Duration.ofSeconds(5));
        assertEquals(SampleCards.resident().idNumber(), card.orElseThrow().idNumber());
        assertTrue(controls.removeIdCard());
        assertTrue(reader.awaitRemoval(Duration.ofSeconds(5)));
    }

    @Test
    void theReceiptPrinterRunsOutOfPaperAndHasItsCoverOpened() {
        DemoDeviceControls controls = demo();
        assertTrue(controls.receiptPaperOut(true));
        devices.manager().checkNow();
        assertEquals(
                "paper-out", devices.manager().status("receipt").orElseThrow().reason());
        assertTrue(controls.receiptPaperOut(false));
        assertTrue(controls.receiptCoverOpen(true));
        devices.manager().checkNow();
        assertEquals(
                "cover-open", devices.manager().status("receipt").orElseThrow().reason());
        assertTrue(controls.receiptCoverOpen(false));
        devices.manager().checkNow();
        assertEquals(
                DeviceState.READY,
                devices.manager().status("receipt").orElseThrow().state());
    }

    @Test
    void theHelpButtonAndThePresenceSensorTellTheirListeners() {
        DemoDeviceControls controls = demo();
        List<String> heard = new CopyOnWriteArrayList<>();
        devices.manager().first(HelpButton.class).orElseThrow().addHelpListener(when -> heard.add("help"));
        PresenceSensor sensor = devices.manager().first(PresenceSensor.class).orElseThrow();
        assertTrue(controls.pressHelpButton());
        assertTrue(controls.presence(true));
        assertTrue(sensor.isPresent());
        assertTrue(controls.presence(false));
        assertFalse(sensor.isPresent());
        assertEquals(List.of("help"), heard);
    }

    @Test
    void theCameraShowsAQrCodeThatDecodesBackToItsText() throws Exception {
        DemoDeviceControls controls = demo();
        assertTrue(controls.cameraShowsQrCode("B-20240611-017 红旗村"));
        Camera camera = devices.manager().first(Camera.class).orElseThrow();
        assertEquals(Optional.of("B-20240611-017 红旗村"), new QrScanner().decode(camera.capture(Duration.ofSeconds(5))));
        assertThrows(IllegalArgumentException.class, () -> controls.cameraShowsQrCode(""));
    }

    @Test
    void theSampleSmartCardCanBeSelected() throws Exception {
        DemoDeviceControls controls = demo();
        SmartCardReader reader = devices.manager().first(SmartCardReader.class).orElseThrow();
        assertTrue(controls.insertSampleSmartCard());
        assertTrue(reader.card().isPresent());
        reader.select(Aid.SOCIAL_SECURITY);
        assertTrue(controls.removeSmartCard());
        assertTrue(reader.card().isEmpty());
    }

    @Test
    void outsideTheDemoThereIsNothingToControl() throws Exception {
        Files.writeString(data.resolve("kiosk.yaml"), """
                devices:
                  - {id: slip, kind: receipt-printer, mode: simulated}
                """);
        devices = KioskDevices.open(config(false), null, Clock.systemUTC());
        DemoDeviceControls controls = devices.demoControls();
        assertFalse(controls.available());
        assertFalse(controls.receiptPaperOut(true));
        assertFalse(controls.insertSampleIdCard());
        assertFalse(controls.cameraShowsQrCode("x"));
        devices.manager().checkNow();
        assertEquals(
                DeviceState.READY,
                devices.manager().status("slip").orElseThrow().state());
    }

    @Test
    void aKindWithoutASimulatedDeviceAnswersFalse() {
        devices = KioskDevices.open(config(false), null, Clock.systemUTC());
        DemoDeviceControls controls = new DemoSimulatedDeviceControls(devices.manager());
        assertFalse(controls.pressHelpButton());
        assertFalse(controls.insertSampleSmartCard());
    }
}
