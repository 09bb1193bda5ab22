package org.legalkiosk.hub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.protocol.DeviceReport;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.terminals.TerminalIdentity;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The console in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs): log in, watch a terminal go offline, compose a notice (with markup in its title, shown as
 * text), see the form's error summary, and what a township officer sees. Screenshots go to
 * {@code county-hub/target/screenshots/}.
 */
class ConsoleBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    private static HubFixture hub;
    private static HeadlessChromium chrome;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = new HubFixture();
        beat("cg-dongjie", "城关镇", List.of(new DeviceReport("receipt", "RECEIPT_PRINTER", "READY", null)));
        beat(
                "cg-xijie",
                "城关镇",
                List.of(new DeviceReport("receipt", "RECEIPT_PRINTER", "NEEDS_ATTENTION", "paper-out")));
        beat("sq-shiqiao", "石桥镇", List.of());
        Files.createDirectories(SHOTS);
        chrome = HeadlessChromium.start(1400, 1000);
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
    }

    private static void beat(String id, String township, List<DeviceReport> devices) {
        hub.hub.terminals().enrol(new EnrolRequest(hub.provision(id, township).enrolCode(), "0.1.0"));
        hub.hub
                .heartbeats()
                .accept(
                        new TerminalIdentity(id, township, township),
                        new HeartbeatRequest("0.1.0", 7L, devices, 0, null, 0, 30L << 30, 600));
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
    }

    private static String status(String terminal) {
        return browser.findElement(By.id("terminal-" + terminal)).getAttribute("data-status");
    }

    @Test
    void anAdminLogsInSeesATerminalGoOfflineAndComposesANotice() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(hub.uri("/").toString());
        assertTrue(browser.getCurrentUrl().endsWith("/login"), "not logged in: the login page");
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("wrong-password");
        PageLoads.click(browser, browser.findElement(By.id("login-button")));
        assertTrue(browser.findElement(By.id("login-error")).getText().contains("不正确"));
        shot("01-login-error");

        login("admin");
        browser.findElement(By.id("count-offline")); // waits for the terminals page
        assertEquals("online", status("cg-dongjie"));
        assertEquals("0", browser.findElement(By.id("count-offline")).getText());
        assertTrue(browser.findElement(By.id("terminal-cg-xijie")).getText().contains("paper-out"));
        shot("02-terminals-online");

        hub.clock.advance(Duration.ofMinutes(6));
        beat("sq-shiqiao", "石桥镇", List.of()); // one terminal keeps reporting
        browser.navigate().refresh();
        assertEquals("offline", status("cg-dongjie"));
        assertEquals("online", status("sq-shiqiao"));
        assertEquals("2", browser.findElement(By.id("count-offline")).getText());
        assertTrue(
                browser.findElement(By.id("terminal-cg-dongjie")).getText().contains("离线"),
                "offline is said in words, not only in colour");
        shot("03-terminal-offline");

        PageLoads.click(browser, browser.findElement(By.linkText("告警 Alerts")));
        List<String> alerted = browser.findElements(By.cssSelector("tr.alert-OFFLINE")).stream()
                .map(e -> e.getAttribute("data-terminal"))
                .sorted()
                .toList();
        assertEquals(List.of("cg-dongjie", "cg-xijie"), alerted, "both silent terminals are listed as offline");
        shot("03b-alerts");

        PageLoads.click(browser, browser.findElement(By.linkText("通知 Notices")));
        PageLoads.click(browser, browser.findElement(By.id("compose")));
        PageLoads.click(browser, browser.findElement(By.id("publish")));
        WebElement summary = browser.findElement(By.id("error-summary"));
        assertTrue(summary.getText().contains("请填写中文标题"));
        shot("04-notice-errors");
        summary.findElement(By.cssSelector("a[href='#titleZh']")).click();
        assertEquals("titleZh", browser.switchTo().activeElement().getAttribute("id"), "the error links to its field");

        browser.findElement(By.id("titleZh")).sendKeys("<script>alert(1)</script>明天停电");
        browser.findElement(By.id("bodyZh")).sendKeys("明天上午 9 点到 12 点停电，终端暂停服务。");
        browser.findElement(By.cssSelector("input[name='groups'][value='城关镇']")).click();
        browser.findElement(By.id("urgent")).click();
        PageLoads.click(browser, browser.findElement(By.id("publish")));
        assertTrue(browser.findElement(By.id("saved")).isDisplayed());
        WebElement title = browser.findElement(By.cssSelector(".notice-title"));
        assertEquals("<script>alert(1)</script>明天停电", title.getText(), "markup is shown as text");
        shot("05-notice-saved");
        // Uploading and rolling out content: ContentBrowserTest.
    }

    @Test
    void aTownshipOfficerSeesOnlyTheirTownshipAndNoAuditLog() throws Exception {
        login("officer");
        browser.findElement(By.id("count-offline"));
        assertFalse(browser.findElements(By.id("terminal-cg-dongjie")).isEmpty());
        assertTrue(browser.findElements(By.id("terminal-sq-shiqiao")).isEmpty());
        assertTrue(browser.findElements(By.linkText("审计日志 Audit log")).isEmpty());
        shot("06-officer-terminals");
        PageLoads.click(browser, browser.findElement(By.cssSelector("form[action='/logout'] button")));
        browser.findElement(By.id("login-button")); // waits for the login page
        assertTrue(browser.getCurrentUrl().endsWith("/login"), browser.getCurrentUrl());
        browser.get(hub.uri("/").toString());
        assertTrue(browser.getCurrentUrl().endsWith("/login"), "the session ended: back to the login page");
    }
}
