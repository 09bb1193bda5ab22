package org.legalkiosk.devices.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.DeviceMode;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.manager.DeviceFactories;
import org.legalkiosk.devices.manager.DeviceManager;
import org.legalkiosk.devices.printer.emulator.EscPosEmulator;
import org.legalkiosk.devices.printer.emulator.ReceiptRenderer;

class EscPosPrinterOverTcpTest {

    private static final Duration GUARD = Duration.ofSeconds(10);

    private EscPosEmulator emulator;
    private EscPosPrinter printer;

    @BeforeEach
    void startEmulator() throws IOException {
        emulator = EscPosEmulator.start(0);
        printer = new EscPosPrinter("receipt", transport(), Clock.systemUTC());
    }

    private TcpTransport transport() {
        return new TcpTransport(emulator.host(), emulator.port(), Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        printer.close();
        emulator.close();
    }

    @Test
    void theEmulatorDecodesExactlyTheSlipThatWasSentAndItsPictureScans() throws Exception {
        ReceiptDocument slip = TestSlips.fullSlip();

        PrintResult result = printer.print(slip);
        List<ReceiptDocument> received = emulator.awaitReceipts(1, GUARD);

        assertEquals(List.of(slip), received);
        assertEquals(DeviceState.READY, result.statusAfter().state());
        Path png = Path.of("target", "receipts", "full-slip.png");
        emulator.renderPng(png, ReceiptRenderer.withBestFont());
        assertEquals(TestSlips.QR_PAYLOAD, decodeQr(ImageIO.read(png.toFile())));
    }

    private static List<DeviceState> withoutRepeats(List<DeviceState> states) {
        List<DeviceState> result = new java.util.ArrayList<>();
        for (DeviceState state : states) {
            if (result.isEmpty() || result.get(result.size() - 1) != state) {
                result.add(state);
            }
        }
        return result;
    }

    private static String decodeQr(BufferedImage image) throws Exception {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, hints).getText();
    }

    @Test
    void aHealthyPrinterIsReady() {
        assertEquals(DeviceState.READY, printer.status().state());
    }

    @Test
    void paperOutNeedsAttentionAndRefusesTheJob() throws Exception {
        assertFault(e -> e.paperOut(true), DeviceState.NEEDS_ATTENTION, "paper-out");
        PrintFailedException failure =
                assertThrows(PrintFailedException.class, () -> printer.print(TestSlips.shortSlip("不会打印")));
        assertEquals("paper-out", failure.status().reason());
        assertEquals(List.of(), emulator.receipts());
    }

    @Test
    void paperNearEndIsReportedButStillPrints() throws Exception {
        assertFault(e -> e.paperNearEnd(true), DeviceState.NEEDS_ATTENTION, "paper-near-end");

        PrintResult result = printer.print(TestSlips.shortSlip("还能打印"));

        assertEquals("paper-near-end", result.statusAfter().reason());
        assertEquals(1, emulator.awaitReceipts(1, GUARD).size());
    }

    @Test
    void coverOpenNeedsAttention() {
        assertFault(e -> e.coverOpen(true), DeviceState.NEEDS_ATTENTION, "cover-open");
        assertThrows(PrintFailedException.class, () -> printer.print(TestSlips.shortSlip("x")));
    }

    @Test
    void offlineNeedsAttention() {
        assertFault(e -> e.offline(true), DeviceState.NEEDS_ATTENTION, "offline");
    }

    @Test
    void aRecoverableErrorIsClearedBeforeTheJob() throws Exception {
        assertFault(e -> e.recoverableError(true), DeviceState.NEEDS_ATTENTION, "recoverable-error");

        printer.print(TestSlips.shortSlip("清除错误后打印"));

        assertEquals(List.of(TestSlips.shortSlip("清除错误后打印")), emulator.awaitReceipts(1, GUARD));
        assertEquals(DeviceState.READY, printer.status().state());
    }

    @Test
    void aPrinterThatNeverAnswersStatusIsReadyWithUnknownStatusAndStillPrints() throws Exception {
        emulator.silent(true);
        printer.close();
        printer = new EscPosPrinter(
                "receipt",
                new TcpTransport(emulator.host(), emulator.port(), Duration.ofSeconds(2), Duration.ofMillis(200)),
                Clock.systemUTC());

        DeviceStatus status = printer.status();
        printer.print(TestSlips.shortSlip("无状态打印机"));

        assertEquals(DeviceState.READY, status.state());
        assertEquals("status-unknown", status.reason());
        assertEquals(1, emulator.awaitReceipts(1, GUARD).size());
    }

    @Test
    void faultsClearWhenThePersonFixesThem() {
        emulator.coverOpen(true);
        assertEquals("cover-open", printer.status().reason());

        emulator.coverOpen(false);

        assertEquals(DeviceState.READY, printer.status().state());
    }

    private void assertFault(Consumer<EscPosEmulator> fault, DeviceState state, String reason) {
        fault.accept(emulator);
        DeviceStatus status = printer.status();
        assertEquals(state, status.state(), status.toString());
        assertEquals(reason, status.reason());
        assertTrue(!status.description().isBlank());
    }

    @Test
    void anUnreachablePrinterIsDisconnected() {
        emulator.unplug();

        DeviceStatus status = printer.status();

        assertEquals(DeviceState.DISCONNECTED, status.state(), status.toString());
        assertEquals("unreachable", status.reason());
    }

    @Test
    void unplugMidJobFailsTheJobAndTheManagerReconnectsAfterReplug() throws Exception {
        DeviceConfig config = new DeviceConfig(
                "receipt",
                DeviceKind.RECEIPT_PRINTER,
                DeviceMode.REAL,
                Map.of(
                        "transport",
                        "tcp",
                        "host",
                        emulator.host(),
                        "port",
                        String.valueOf(emulator.port()),
                        "timeoutMillis",
                        "2000"));
        DeviceFactories factories = DeviceFactories.builder()
                .register(DeviceKind.RECEIPT_PRINTER, DeviceMode.REAL, ReceiptPrinterFactories.real(Clock.systemUTC()))
                .build();
        try (DeviceManager manager = new DeviceManager(List.of(config), factories, Clock.systemUTC())) {
            List<DeviceStatus> events = new CopyOnWriteArrayList<>();
            manager.addListener(events::add);
            manager.checkNow();
            assertEquals(
                    DeviceState.READY, manager.status("receipt").orElseThrow().state());
            ReceiptPrinter managed =
                    manager.device("receipt", ReceiptPrinter.class).orElseThrow();

            emulator.unplugAfterBytes(500);
            PrintFailedException failure =
                    assertThrows(PrintFailedException.class, () -> managed.print(TestSlips.longSlip()));

            assertEquals(DeviceState.DISCONNECTED, failure.status().state());
            assertTrue(failure.getMessage().contains("incomplete"), failure.getMessage());
            assertEquals(
                    DeviceState.DISCONNECTED,
                    manager.status("receipt").orElseThrow().state(),
                    "the driver's own event reaches the manager at once");
            assertEquals(List.of(), emulator.receipts());
            assertEquals(1, emulator.awaitUnfinished(1, GUARD).size(), "the emulator saw half a slip");

            manager.checkNow();
            assertEquals(
                    DeviceState.DISCONNECTED,
                    manager.status("receipt").orElseThrow().state());

            emulator.replug();
            manager.checkNow();

            assertEquals(
                    DeviceState.READY, manager.status("receipt").orElseThrow().state());
            managed.print(TestSlips.shortSlip("重新连接后打印"));
            assertEquals(1, emulator.awaitReceipts(1, GUARD).size());
            assertEquals(
                    List.of(DeviceState.READY, DeviceState.BUSY, DeviceState.DISCONNECTED, DeviceState.READY),
                    withoutRepeats(events.stream().map(DeviceStatus::state).toList())
                            .subList(0, 4));
        }
    }
}
