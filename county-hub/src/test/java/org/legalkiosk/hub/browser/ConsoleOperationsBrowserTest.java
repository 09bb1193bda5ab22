package org.legalkiosk.hub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.e2e.ScreenshotToHubTest;
import org.legalkiosk.hub.protocol.ContentPin;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.kiosk.hub.HeartbeatWorker;
import org.legalkiosk.kiosk.hub.HubClient;
import org.legalkiosk.kiosk.hub.HubCredentials;
import org.legalkiosk.kiosk.hub.HubNoticeSync;
import org.legalkiosk.kiosk.hub.ScreenshotUploader;
import org.legalkiosk.kiosk.store.FileNoticesStore;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The county's day-to-day operations in headless Chromium: a township officer asks a terminal for a screenshot, the
 * kiosk's own heartbeat worker answers with its screen, and the page shows it with its time (and the pin an explicit
 * rollback set); an admin lengthens a group's offline timeout; an admin adds an officer, resets a forgotten password
 * and disables a departed one, whose session ends at once. Screenshots in {@code county-hub/target/screenshots/}.
 */
class ConsoleOperationsBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    private static HubFixture hub;
    private static HeadlessChromium chrome;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = new HubFixture();
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

    @Test
    void anOfficerRequestsAScreenshotAndSeesItWithItsTime(@TempDir Path kioskDir) throws Exception {
        Files.writeString(
                kioskDir.resolve(HubCredentials.ENROL_CODE_FILE),
                hub.provision("cg-nanjie", "城关镇").enrolCode());
        HubClient client = new HubClient(hub.server.uri());
        HubCredentials credentials =
                new HubCredentials(kioskDir.resolve("hub-token"), kioskDir.resolve(HubCredentials.ENROL_CODE_FILE));
        byte[] screen = ScreenshotToHubTest.png(1280, 720);
        HeartbeatRequest report = new HeartbeatRequest(
                "0.1.0",
                5L,
                List.of(),
                0,
                null,
                0,
                20L << 30,
                600,
                new ContentPin(5, 6, Instant.parse("2026-12-01T01:30:00Z")),
                null);
        HeartbeatWorker kiosk = new HeartbeatWorker(
                client,
                credentials,
                () -> report,
                new HubNoticeSync(new FileNoticesStore(kioskDir)),
                new HeartbeatWorker.Actions(
                        t -> {},
                        new ScreenshotUploader(client, credentials, Optional.of(() -> Optional.of(screen)), "0.1.0")),
                "0.1.0",
                60);
        kiosk.beatOnce();

        browser.get(hub.uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys("officer");
        browser.findElement(By.id("password")).sendKeys(HubFixture.PASSWORD);
        PageLoads.click(browser, browser.findElement(By.id("login-button")));
        PageLoads.click(browser, browser.findElement(By.linkText("cg-nanjie 村")));
        assertTrue(browser.findElement(By.id("screenshot-none")).isDisplayed(), "no screenshot yet");
        assertTrue(browser.findElement(By.id("pin")).getText().contains("已锁定在版本 5"), "the pin is shown");
        PageLoads.click(
                browser, browser.findElement(By.cssSelector("form[action='/terminals/cg-nanjie/screenshot'] button")));
        assertTrue(browser.findElement(By.cssSelector("p.flash")).getText().contains("cg-nanjie"));

        hub.clock.advance(Duration.ofSeconds(40));
        kiosk.beatOnce(); // the next heartbeat carries the request; the kiosk captures and uploads at once
        browser.get(hub.uri("/terminals/cg-nanjie").toString());
        var image = browser.findElement(By.cssSelector("#screenshot img"));
        Object width = ((JavascriptExecutor) browser)
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : -1", image);
        assertEquals(1280L, width, "the browser loaded the picture itself");
        assertEquals(
                "2026-12-01 10:00",
                browser.findElement(By.id("screenshot-time")).getText(),
                "taken at the heartbeat, in county time");
        shot("10-terminal-screenshot");
    }

    @Test
    void anAdminGivesAGroupALongerOfflineTimeoutAndItsSilentTerminalCountsAsOnlineAgain() throws Exception {
        hub.provision("sq-beicun", "石桥镇");
        var terminal = hub.hub
                .terminals()
                .enrol(new org.legalkiosk.hub.protocol.EnrolRequest(
                        hub.provision("sq-beicun", "石桥镇").enrolCode(), "0.1.0"));
        hub.hub
                .heartbeats()
                .accept(
                        hub.hub.terminals().authenticate(terminal.token()).orElseThrow(),
                        new HeartbeatRequest("0.1.0", 5L, List.of(), 0, null, 0, null, 60));
        hub.clock.advance(Duration.ofMinutes(8)); // past the group's 5 minutes

        browser.manage().deleteAllCookies();
        browser.get(hub.uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(HubFixture.PASSWORD);
        PageLoads.click(browser, browser.findElement(By.id("login-button")));
        assertEquals("offline", browser.findElement(By.id("terminal-sq-beicun")).getAttribute("data-status"));

        PageLoads.click(browser, browser.findElement(By.linkText("分组 Groups")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("group"))).selectByValue("石桥镇");
        browser.findElement(By.id("minutes")).sendKeys("abc");
        PageLoads.click(browser, browser.findElement(By.id("save-timeout")));
        assertTrue(
                browser.findElement(By.id("error-summary")).getText().contains("1 到 1440"),
                "a bad value is explained, not stored");
        browser.findElement(By.id("minutes")).clear();
        browser.findElement(By.id("minutes")).sendKeys("30");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("group"))).selectByValue("石桥镇");
        PageLoads.click(browser, browser.findElement(By.id("save-timeout")));
        assertTrue(browser.findElement(By.id("saved")).getText().contains("石桥镇"));
        shot("11-group-timeout");

        PageLoads.click(browser, browser.findElement(By.linkText("终端 Terminals")));
        assertEquals(
                "online",
                browser.findElement(By.id("terminal-sq-beicun")).getAttribute("data-status"),
                "8 minutes of silence is within the new 30");
        try (var c = hub.database.connection();
                var q = c.prepareStatement(
                        "SELECT actor, detail FROM audit_log WHERE action = 'group.put' AND target = '石桥镇' ORDER BY id DESC")) {
            var rs = q.executeQuery();
            assertTrue(rs.next());
            assertEquals("admin", rs.getString(1));
            assertEquals("offline after 1800 s (was 300 s)", rs.getString(2));
        }
    }

    private static void login(String user, String password) {
        browser.manage().deleteAllCookies();
        browser.get(hub.uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        PageLoads.click(browser, browser.findElement(By.id("login-button")));
    }

    @Test
    void anAdminAddsAnOfficerResetsTheirPasswordAndDisablesThem() throws Exception {
        login("admin", HubFixture.PASSWORD);
        PageLoads.click(browser, browser.findElement(By.linkText("用户 Users")));
        browser.findElement(By.id("username")).sendKeys("wang.li");
        browser.findElement(By.id("displayName")).sendKeys("王丽");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("role"))).selectByValue("TOWNSHIP_OFFICER");
        browser.findElement(By.id("password")).sendKeys("first-password-2026");
        PageLoads.click(browser, browser.findElement(By.id("add-user-button")));
        assertTrue(
                browser.findElement(By.id("error-summary")).getText().contains("township"),
                "an officer without a township is refused, saying why");
        browser.findElement(By.id("township")).sendKeys("石桥镇");
        browser.findElement(By.id("password")).sendKeys("first-password-2026");
        PageLoads.click(browser, browser.findElement(By.id("add-user-button")));
        assertTrue(browser.findElement(By.id("user-wang.li")).getText().contains("石桥镇"));
        shot("12-users-added");

        browser.findElement(By.id("pw-wang.li")).sendKeys("second-password-2026");
        PageLoads.click(browser, browser.findElement(By.cssSelector("form[action='/users/wang.li/password'] button")));
        assertTrue(browser.findElement(By.id("done")).getText().contains("password wang.li"));

        login("wang.li", "first-password-2026");
        assertTrue(browser.getCurrentUrl().endsWith("/login"), "the old password no longer works");
        login("wang.li", "second-password-2026");
        assertTrue(browser.findElement(By.id("count-total")).isDisplayed(), "the new one does");
        var officerSession = browser.manage().getCookieNamed("hub_session");

        login("admin", HubFixture.PASSWORD);
        browser.get(hub.uri("/users").toString());
        PageLoads.click(browser, browser.findElement(By.cssSelector("form[action='/users/wang.li/disable'] button")));
        assertEquals("true", browser.findElement(By.id("user-wang.li")).getAttribute("data-disabled"));
        shot("13-users-disabled");

        browser.manage().deleteAllCookies();
        browser.get(hub.uri("/login").toString());
        browser.manage().addCookie(officerSession);
        browser.get(hub.uri("/").toString());
        assertTrue(browser.getCurrentUrl().endsWith("/login"), "the disabled officer's open session has ended");
        try (var c = hub.database.connection();
                var q = c.prepareStatement(
                        "SELECT action FROM audit_log WHERE target = 'wang.li' AND actor = 'admin' ORDER BY id")) {
            var rs = q.executeQuery();
            List<String> actions = new java.util.ArrayList<>();
            while (rs.next()) {
                actions.add(rs.getString(1));
            }
            assertEquals(List.of("user.add", "user.passwd", "user.disable"), actions);
        }
    }
}
