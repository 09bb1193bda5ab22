package org.legalkiosk.kiosk.service.devices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.legalkiosk.devices.Device;
import org.legalkiosk.devices.a4.DocumentPrinter;
import org.legalkiosk.devices.a4.PrintJob;
import org.legalkiosk.devices.a4.TestPage;
import org.legalkiosk.devices.camera.Camera;
import org.legalkiosk.devices.gpio.LightPattern;
import org.legalkiosk.devices.gpio.StatusLight;
import org.legalkiosk.devices.idcard.IdCard;
import org.legalkiosk.devices.idcard.IdCardReader;
import org.legalkiosk.devices.printer.ReceiptDocument;
import org.legalkiosk.devices.printer.ReceiptPrinter;
import org.legalkiosk.devices.smartcard.SmartCardReader;

/**
 * The one thing a technician would try with each kind of device, run for real; {@code legalkiosk doctor} and the
 * technician screen's test prints both run it (so it lives with the services, not in the command line).
 */
public final class SelfTest {

    /** @param ok whether the device did its job; @param detail what happened, one line, no personal data */
    public record Outcome(String name, boolean ok, String detail) {}

    private static final Duration CARD_WAIT = Duration.ofMillis(300);
    private static final Duration CAPTURE_TIMEOUT = Duration.ofSeconds(15);

    private SelfTest() {}

    public static Outcome run(Device device) {
        try {
            if (device instanceof ReceiptPrinter printer) {
                printer.print(ReceiptDocument.builder()
                        .line("Legal Kiosk doctor: test slip")
                        .line("自检 测试")
                        .feed(2)
                        .cut()
                        .build());
                return new Outcome("print test slip", true, "printed");
            }
            if (device instanceof IdCardReader reader) {
                Optional<IdCard> card = reader.read(CARD_WAIT);
                // never show the card: only that the reader answered
                return new Outcome(
                        "read a card", true, card.isPresent() ? "a card was read" : "answered, no card placed");
            }
            if (device instanceof Camera camera) {
                var frame = camera.capture(CAPTURE_TIMEOUT);
                return new Outcome("capture a frame", true, frame.getWidth() + "x" + frame.getHeight());
            }
            if (device instanceof StatusLight light) {
                LightPattern before = light.pattern();
                light.show(LightPattern.NEEDS_ATTENTION);
                light.show(before);
                return new Outcome("blink the LED", true, "blinked");
            }
            if (device instanceof SmartCardReader reader) {
                // only whether the slot holds a card: the card's contents are the holder's
                return new Outcome(
                        "look at the card slot",
                        true,
                        reader.card().isPresent() ? "a card is in the slot" : "answered, no card placed");
            }
            if (device instanceof DocumentPrinter printer) {
                return printTestPage(printer);
            }
            return new Outcome("status only", true, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome("interrupted", false, "interrupted");
        } catch (Exception | LinkageError e) {
            return new Outcome("self-test", false, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static Outcome printTestPage(DocumentPrinter printer) throws Exception {
        Path pdf = Files.createTempFile("legalkiosk-test-page", ".pdf");
        try {
            Files.write(
                    pdf,
                    TestPage.pdf(
                            List.of("Legal Kiosk doctor: test page", "If you can read this, A4 " + "printing works.")));
            PrintJob job = printer.print(pdf, "legalkiosk-test-page");
            return new Outcome("print a test page", true, "queued as " + job.jobId());
        } finally {
            Files.deleteIfExists(pdf);
        }
    }
}
