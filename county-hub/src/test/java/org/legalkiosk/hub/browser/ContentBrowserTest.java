package org.legalkiosk.hub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.TestBundles;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.terminals.TerminalIdentity;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Content on the console in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): a county
 * admin uploads a bundle signed by a key the county does not trust (refused, in Chinese, linked to the file field),
 * then a good one, rolls it out to the pilot group, watches the progress as terminals report, and rolls it out to
 * all; a township officer sees the progress of their township only, without the forms. Screenshots go to
 * {@code county-hub/target/screenshots/} (content-*.png).
 */
class ContentBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    private static HubFixture hub;
    private static HeadlessChromium chrome;
    private static WebDriver browser;
    private static Path work;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = new HubFixture();
        for (String id : List.of("cg-dongjie", "cg-xijie")) {
            beat(id, "城关镇", 7, true);
        }
        beat("sq-shiqiao", "石桥镇", 7, true);
        Files.createDirectories(SHOTS);
        work = Files.createTempDirectory("hub-content-browser-");
        chrome = HeadlessChromium.start(1400, 1300);
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
        if (work != null) {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void beat(String id, String township, long version, boolean enrol) {
        if (enrol) {
            hub.hub
                    .terminals()
                    .enrol(new EnrolRequest(hub.provision(id, township).enrolCode(), "0.1.0"));
        }
        hub.hub
                .heartbeats()
                .accept(
                        new TerminalIdentity(id, township, township),
                        new HeartbeatRequest("0.1.0", version, List.of(), 0, null, 0, 30L << 30, 600));
    }

    private static void shot(String name) throws Exception {
        File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void login(String user) {
        browser.manage().deleteAllCookies();
        browser.get(hub.uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(HubFixture.PASSWORD);
        PageLoads.click(browser, browser.findElement(By.id("login-button")));
        browser.findElement(By.id("count-offline")); // the terminals page
    }

    private static String onTarget(String group) {
        return browser.findElement(By.cssSelector("tr[data-group='" + group + "'] td.on-target"))
                .getText();
    }

    @Test
    void anAdminUploadsABundleRollsItOutToThePilotGroupThenToAllAndWatchesProgress() throws Exception {
        login("admin");
        PageLoads.click(browser, browser.findElement(By.linkText("内容 Content")));
        WebElement file = browser.findElement(By.id("bundle"));
        assertEquals(
                "内容包文件（.lkb，最大 520 MB） Bundle file (.lkb, at most 520 MiB)",
                browser.findElement(By.cssSelector("label[for='bundle']")).getText(),
                "the file field is labelled");

        file.sendKeys(TestBundles.build(work, 8, SigningKeys.generate())
                .toAbsolutePath()
                .toString());
        PageLoads.click(browser, browser.findElement(By.id("upload-button")));
        WebElement summary = browser.findElement(By.id("error-summary"));
        assertTrue(summary.getText().contains("签名密钥不在本县的可信公钥中"), summary.getText());
        assertEquals("true", browser.findElement(By.id("bundle")).getAttribute("aria-invalid"));
        shot("content-01-unknown-key-refused");
        summary.findElement(By.cssSelector("a[href='#bundle']")).click();
        assertEquals("bundle", browser.switchTo().activeElement().getAttribute("id"), "the error links to its field");

        browser.findElement(By.id("bundle"))
                .sendKeys(TestBundles.build(work, 8, hub.countyKey)
                        .toAbsolutePath()
                        .toString());
        PageLoads.click(browser, browser.findElement(By.id("upload-button")));
        assertTrue(browser.findElement(By.id("saved")).getText().contains("版本 8 已通过签名核验"));
        assertTrue(browser.findElement(By.id("bundle-8")).getText().contains(hub.countyKey.keyId()));
        shot("content-02-uploaded");

        new Select(browser.findElement(By.id("version"))).selectByValue("8");
        new Select(browser.findElement(By.id("group"))).selectByValue("城关镇");
        PageLoads.click(browser, browser.findElement(By.id("pilot-button")));
        assertTrue(browser.findElement(By.id("saved")).getText().contains("分组 城关镇"));
        assertEquals("0 / 2", onTarget("城关镇"), "neither pilot terminal has fetched version 8 yet");
        assertEquals("0 / 1", onTarget("石桥镇"), "the other group has no target yet");

        beat("cg-dongjie", "城关镇", 8, false); // one pilot terminal pulled it and reports it
        browser.navigate().refresh();
        assertEquals("1 / 2", onTarget("城关镇"));
        assertEquals("1", browser.findElement(By.id("count-v8")).getText(), "one terminal on version 8");
        assertEquals("2", browser.findElement(By.id("count-v7")).getText(), "two still on version 7");
        shot("content-03-pilot-progress");

        new Select(browser.findElement(By.id("allVersion"))).selectByValue("8");
        PageLoads.click(browser, browser.findElement(By.id("all-button")));
        assertTrue(browser.findElement(By.id("saved")).getText().contains("全部分组"));
        assertTrue(browser.findElement(By.cssSelector("tr[data-group='石桥镇']"))
                .getText()
                .contains("8"));
        shot("content-04-rolled-out-to-all");
    }

    @Test
    void aTownshipOfficerSeesTheirProgressButNoUploadOrRollout() throws Exception {
        login("officer");
        PageLoads.click(browser, browser.findElement(By.linkText("内容 Content")));
        assertTrue(browser.findElements(By.id("upload-button")).isEmpty());
        assertTrue(browser.findElements(By.id("pilot-button")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("tr[data-group='石桥镇']")).isEmpty());
        assertEquals("2", browser.findElement(By.id("count-terminals")).getText(), "their township's two terminals");
        shot("content-05-officer");
    }
}
