package org.legalkiosk.hub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.SlipCodeReader;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.sync.Backoff;
import org.legalkiosk.booking.sync.OutboxWorker;
import org.legalkiosk.booking.sync.SyncSettings;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.desk.DeskEvents;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.terminals.TerminalIdentity;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The office desk in headless Chromium, fed by a kiosk's real booking store and outbox worker on loopback: three
 * villagers book at the kiosk; the township officer sees them on the desk with names and phones, confirms one,
 * marks one a no-show, checks the third in by typing the code from the slip and marks them attended, and prints the
 * day list (read back from the PDF). Screenshots {@code desk-*.png} in {@code county-hub/target/screenshots/}.
 */
class DeskBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    private static HubFixture hub;
    private static HeadlessChromium chrome;
    private static WebDriver browser;
    private static Path kioskDir;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = new HubFixture();
        Files.createDirectories(SHOTS);
        kioskDir = Files.createTempDirectory("desk-kiosk-");
        // A camera for the desk's camera check-in: Chromium's own test pattern, no permission prompt.
        chrome = HeadlessChromium.start(
                1400, 1100, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream");
        browser = chrome.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chrome != null) {
            chrome.close();
        }
        if (hub != null) {
            hub.close();
        }
        if (kioskDir != null) {
            try (var files = Files.walk(kioskDir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void shot(String name) throws Exception {
        File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Three bookings made on the kiosk this afternoon, delivered by its outbox worker; their codes. */
    private static List<String> bookAtTheKiosk() throws Exception {
        String token = hub.hub
                .terminals()
                .enrol(new EnrolRequest(hub.provision("cg-nanjie", "城关镇").enrolCode(), "0.1.0"))
                .token();
        Files.writeString(kioskDir.resolve("hub-token"), token);
        LocalDateTime two = hub.hub.desk().today().atTime(14, 0);
        try (BookingStore store = BookingStore.open(kioskDir)) {
            store.putSchedule(
                    List.of(new Office("cg", "城关镇司法所", "城关镇政府一楼", "0931-1234567", "周一至周五")),
                    List.of(new Service("legal-aid", "法律援助", "Legal aid")),
                    List.of(
                            new Slot("s14", "cg", "legal-aid", two, two.plusMinutes(30), 4),
                            new Slot(
                                    "s15",
                                    "cg",
                                    "legal-aid",
                                    two.plusHours(1),
                                    two.plusHours(1).plusMinutes(30),
                                    4)));
            Booking a = store.book("s14", "张三", "11010519491231002X", "13812345678", "讨要工资", null);
            Booking b = store.book("s14", "李四", "11010519491231002X", "13912345678", "土地承包", null);
            Booking c = store.book("s15", "王五", "11010519491231002X", "13712345678", "赡养老人", null);
            SyncSettings sync = new SyncSettings(
                    hub.uri("/api/terminal/v1/events"),
                    kioskDir.resolve("hub-token"),
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(10),
                    new Backoff(Duration.ofMillis(20), Duration.ofMillis(200)),
                    Duration.ofMillis(100));
            try (OutboxWorker worker = OutboxWorker.start(store, sync)) {
                while (worker.pendingCount() > 0) {
                    Thread.sleep(50);
                }
            }
            return List.of(a.code(), b.code(), c.code());
        }
    }

    @Test
    void anOfficerConfirmsMarksANoShowChecksInByCodeAndPrintsTheDay() throws Exception {
        List<String> codes = bookAtTheKiosk();
        browser.get(hub.uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys("officer");
        browser.findElement(By.id("password")).sendKeys(HubFixture.PASSWORD);
        PageLoads.click(browser, browser.findElement(By.id("login-button")));
        PageLoads.click(browser, browser.findElement(By.linkText("预约台 Office desk")));

        var first = browser.findElement(By.id("b-" + codes.get(0)));
        assertTrue(first.getText().contains("张三") && first.getText().contains("13812345678"), first.getText());
        assertTrue(first.getText().contains("待确认"), first.getText());
        assertTrue(first.getText().contains("cg-nanjie 村"), "the terminal it came from");
        shot("desk-day");

        PageLoads.click(browser, browser.findElement(By.id("confirmed-" + codes.get(0))));
        assertTrue(browser.findElement(By.id("flash")).getText().contains("司法所已确认"));
        assertEquals(
                "confirmed", browser.findElement(By.id("b-" + codes.get(0))).getAttribute("data-status"));

        var before = browser.findElement(By.id("b-" + codes.get(1)));
        PageLoads.click(browser, browser.findElement(By.id("confirmed-" + codes.get(1))));
        // The click's form post replaces the page: wait for it, or the next click may land on the old one.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
        PageLoads.click(browser, browser.findElement(By.id("no_show-" + codes.get(1))));
        assertEquals("no-show", browser.findElement(By.id("b-" + codes.get(1))).getAttribute("data-status"));
        shot("desk-decided");

        // Check-in: the officer types the code as printed on the slip, in lower case.
        browser.findElement(By.id("code"))
                .sendKeys(BookingCode.format(codes.get(2)).toLowerCase());
        PageLoads.click(browser, browser.findElement(By.id("find")));
        assertTrue(browser.findElement(By.id("actions-title")).getText().contains("签到"));
        assertTrue(browser.findElement(By.id("visitor")).getText().contains("王五"));
        shot("desk-checkin");
        PageLoads.click(browser, browser.findElement(By.id("attended")));
        assertEquals("attended", browser.findElement(By.id("booking")).getAttribute("data-status"));
        assertTrue(browser.findElement(By.id("history")).getText().contains("officer"));

        // The day list, fetched with the browser's own session.
        String href =
                browser.findElement(By.linkText("← 返回预约台 Back to the desk")).getAttribute("href");
        browser.get(href);
        String pdfLink =
                browser.findElement(By.id("pdf-" + hub.hub.desk().today())).getAttribute("href");
        String session = browser.manage().getCookieNamed("hub_session").getValue();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(java.net.URI.create(pdfLink))
                                .header("Cookie", "hub_session=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        Files.write(SHOTS.resolve("desk-day-list.pdf"), pdf.body());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("城关镇", "张三", "13812345678", "已确认", "未到场", "已到场", "王五")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
    }

    /**
     * A USB QR scanner types the slip's payload and Enter into whatever has the focus: the check-in field has it when
     * the desk opens. Another QR code (a payment code) is refused with a clear message and the field is emptied for
     * the next scan. Where the browser reads QR codes itself, a camera button does the same; here Chromium's fake
     * camera plays its test pattern and a stand-in BarcodeDetector "sees" the slip.
     */
    @Test
    void theCheckInFieldTakesAScannersPayloadRefusesOtherCodesAndTheCameraFindsTheSlip() throws Exception {
        String token = hub.hub
                .terminals()
                .enrol(new EnrolRequest(hub.provision("cg-beijie", "城关镇").enrolCode(), "0.1.0"))
                .token();
        TerminalIdentity terminal = hub.hub.terminals().authenticate(token).orElseThrow();
        LocalDateTime ten = hub.hub.desk().today().atTime(10, 0);
        String scanned = BookingCode.generate(new java.util.Random(41));
        String filmed = BookingCode.generate(new java.util.Random(42));
        hub.hub.events().accept(terminal, DeskEvents.created(scanned, ten, "钱七", "13512345678", 1));
        hub.hub.events().accept(terminal, DeskEvents.created(filmed, ten, "孙八", "13612345678", 1));

        browser.manage().deleteAllCookies();
        browser.get(hub.uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys("officer");
        browser.findElement(By.id("password")).sendKeys(HubFixture.PASSWORD);
        PageLoads.click(browser, browser.findElement(By.id("login-button")));
        browser.get(hub.uri("/desk").toString());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals("code", js.executeScript("return document.activeElement.id"), "the field is ready for a scan");
        if (!(Boolean) js.executeScript("return 'BarcodeDetector' in window")) {
            assertTrue(!browser.findElement(By.id("camera-scan")).isDisplayed(), "no camera button without the API");
        }

        browser.switchTo().activeElement().sendKeys(SlipCodeReader.qrPayload(scanned) + Keys.ENTER);
        assertTrue(browser.findElement(By.id("actions-title")).getText().contains("签到"));
        assertTrue(browser.findElement(By.id("visitor")).getText().contains("钱七"));
        shot("desk-checkin-scanned");

        browser.get(hub.uri("/desk").toString());
        browser.switchTo().activeElement().sendKeys("https://qr.alipay.com/fkx19876xyz" + Keys.ENTER);
        assertTrue(
                browser.findElement(By.id("error-summary")).getText().contains("不是预约小票上的二维码"),
                browser.findElement(By.id("error-summary")).getText());
        assertEquals("", browser.findElement(By.id("code")).getAttribute("value"), "emptied for the next scan");
        assertEquals("code", js.executeScript("return document.activeElement.id"));
        shot("desk-checkin-refused");

        @SuppressWarnings("unchecked")
        var added = (java.util.Map<String, Object>) ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Page.addScriptToEvaluateOnNewDocument",
                        java.util.Map.of(
                                "source",
                                "window.BarcodeDetector = class {"
                                        + " static getSupportedFormats() { return Promise.resolve(['qr_code']); }"
                                        + " detect(video) { return Promise.resolve(video.readyState >= 2"
                                        + " ? [{format: 'qr_code', rawValue: '" + SlipCodeReader.qrPayload(filmed)
                                        + "'}] : []); } };"));
        try {
            browser.get(hub.uri("/desk").toString());
            var camera = browser.findElement(By.id("camera-start"));
            assertTrue(camera.isDisplayed(), "the camera button where the browser reads QR codes");
            shot("desk-checkin-camera");
            camera.click();
            assertTrue(browser.findElement(By.id("visitor")).getText().contains("孙八"));
        } finally {
            ((ChromeDriver) browser)
                    .executeCdpCommand(
                            "Page.removeScriptToEvaluateOnNewDocument",
                            java.util.Map.of("identifier", added.get("identifier")));
        }
    }
}
