package org.legalkiosk.hub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.reports.ReportEvents;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In headless Chromium: a township officer rings a villager from the callback list and marks it done (the number
 * goes); the county admin's reports page draws its charts with the hub's own uPlot under the strict CSP, keeps every
 * table, and offers the downloads. Screenshots {@code callbacks-*.png}, {@code reports-*.png} in
 * {@code county-hub/target/screenshots/}.
 */
class CallbacksAndReportsBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    private static HubFixture hub;
    private static HeadlessChromium chrome;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = new HubFixture();
        ReportEvents.load(hub);
        Files.createDirectories(SHOTS);
        chrome = HeadlessChromium.start(1400, 1100);
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

    @Test
    void anOfficerRingsAndMarksTheRequestDone() throws Exception {
        login("officer");
        PageLoads.click(browser, browser.findElement(By.linkText("回电请求 Callbacks")));
        var phone = browser.findElement(By.cssSelector("tr.callback-open td.phone a"));
        assertEquals("tel:" + ReportEvents.PHONE, phone.getAttribute("href").replace("tel:", "tel:"));
        shot("callbacks-open");
        PageLoads.click(browser, browser.findElement(By.cssSelector("tr.callback-open button[value='CALLED_BACK']")));
        assertTrue(browser.findElement(By.id("marked")).getText().contains("已标记完成"));
        assertFalse(browser.getPageSource().contains(ReportEvents.PHONE), "the number is gone");
        assertTrue(browser.findElement(By.cssSelector("tr.callback-done"))
                .getText()
                .contains("已回电"));
        shot("callbacks-done");
    }

    @Test
    void theAdminSeesChartsDrawnFromTheTablesAndTheDownloads() throws Exception {
        login("admin");
        browser.get(hub.uri("/reports?weeks=4").toString());
        int charts = browser.findElements(By.cssSelector("[data-chart-for]")).size();
        assertTrue(charts >= 4, "a chart per table with data: " + charts);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d ->
                        d.findElements(By.cssSelector(".chart.drawn canvas")).size() == charts);
        assertEquals(
                "2026-11-23",
                browser.findElement(By.cssSelector("#bookings-table tbody tr td"))
                        .getText());
        assertTrue(
                browser.findElement(By.id("attendance-empty")).getText().contains("没有到场记录"),
                "the desk records attendance; none in this period");
        assertTrue(
                browser.findElement(By.id("download-xlsx")).getAttribute("href").endsWith("/reports.xlsx?weeks=4"));
        shot("reports-top");
        browser.findElement(By.cssSelector("a[href='#searches']")).click();
        shot("reports-searches");
    }
}
