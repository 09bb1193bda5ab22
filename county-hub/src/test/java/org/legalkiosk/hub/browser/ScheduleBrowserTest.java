package org.legalkiosk.hub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.legalkiosk.booking.domain.PlanException;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.protocol.ScheduleReport;
import org.legalkiosk.hub.protocol.TerminalSchedule;
import org.legalkiosk.hub.terminals.TerminalIdentity;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The schedule and holiday pages in headless Chromium, as a county admin uses them: a service and an office, a
 * working plan with a lunch break, a minimum notice and a capacity, two terminals' shares and the seats each gets,
 * an office's own closed day, a county holiday and a make-up working day. Refused input (a break across the opening
 * time, capacity 0 or 5000, a bad date) is explained in Chinese beside the field, and every value typed or chosen is
 * still there. A township officer and an auditor see the pages but no forms, and a forged change is refused. The
 * terminal's next heartbeat carries the split. Screenshots {@code schedule-*.png} in
 * {@code county-hub/target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduleBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    private static HubFixture hub;
    private static HeadlessChromium chrome;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = new HubFixture();
        hub.provision("cg-dongjie", "城关镇");
        hub.provision("cg-nanjie", "城关镇");
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

    @Test
    @Order(1)
    void anAdminSetsUpAnOfficesPlanSharesAndExceptionsAndBadInputLosesNothing() throws Exception {
        logIn("admin");
        PageLoads.click(browser, browser.findElement(By.linkText("排班名额 Schedules")));

        type("serviceId", "consultation");
        type("nameZh", "法律咨询");
        type("nameEn", "Legal consultation");
        PageLoads.click(browser, browser.findElement(By.id("save-service")));
        assertTrue(saved().contains("consultation"));

        type("officeId", "cg");
        type("name", "城关镇司法所");
        type("address", "城关镇人民路 8 号");
        type("phone", "0931-8123401");
        choose("township", "城关镇");
        choose("bookAhead", "21");
        PageLoads.click(browser, browser.findElement(By.id("save-office")));
        assertTrue(saved().contains("cg"));
        assertTrue(text("office-cg").contains("可提前 21 天预约"), text("office-cg"));

        // A plan with two mistakes: Monday opens at 13:00 with the 12:00-14:00 break, and no seats.
        choose("planOffice", "cg");
        choose("minutes", "60");
        browser.findElement(By.id("seats")).clear();
        type("seats", "0");
        choose("notice", "2");
        choose("open1", "13:00");
        choose("break1", "12:00-14:00");
        choose("open6", "09:00");
        choose("close6", "12:00");
        choose("break6", "");
        PageLoads.click(browser, browser.findElement(By.id("save-plan")));
        String summary = text("error-summary");
        assertTrue(summary.contains("每段名额请填 1 到 1000 之间的整数"), summary);
        assertTrue(summary.contains("周一：午休 12:00-14:00 与开放时间 13:00-17:00 重叠"), summary);
        assertTrue(text("break1-error").contains("须完全在开放时间之内"), "the message sits by the field");
        assertEquals("true", browser.findElement(By.id("seats")).getAttribute("aria-invalid"));
        assertKept("seats", "0");
        assertSelected("minutes", "60");
        assertSelected("notice", "2");
        assertSelected("open1", "13:00");
        assertSelected("break1", "12:00-14:00");
        assertSelected("open6", "09:00");
        assertSelected("close6", "12:00");
        assertSelected("break6", "");
        assertSelected("open7", "");
        shotAt("schedule-plan-refused", "plan");

        browser.findElement(By.id("seats")).clear();
        type("seats", "5000");
        choose("open1", "09:00");
        PageLoads.click(browser, browser.findElement(By.id("save-plan")));
        assertTrue(text("error-summary").contains("每段名额请填 1 到 1000 之间的整数（现为“5000”）"));
        assertFalse(text("error-summary").contains("周一"), "Monday is right now");
        browser.findElement(By.id("seats")).clear();
        type("seats", "4");
        PageLoads.click(browser, browser.findElement(By.id("save-plan")));
        assertTrue(saved().contains("cg"));
        String plans =
                browser.findElement(By.cssSelector("#office-cg table.plans")).getText();
        assertTrue(plans.contains("09:00-17:00（休息 12:00-14:00）"), plans);
        assertTrue(plans.contains("09:00-12:00"), "Saturday morning without a break: " + plans);
        assertTrue(plans.contains("提前 2 小时"), plans);
        assertTrue(plans.contains("60 分钟"), plans);

        // Two terminals with shares 3 and 1 split the 4 seats of every slot 3 and 1.
        choose("asOffice", "cg");
        choose("asTerminal", "cg-dongjie");
        choose("weight", "3");
        PageLoads.click(browser, browser.findElement(By.id("save-assign")));
        choose("asOffice", "cg");
        choose("asTerminal", "cg-nanjie");
        choose("weight", "1");
        PageLoads.click(browser, browser.findElement(By.id("save-assign")));
        assertTrue(text("share-cg-cg-dongjie").contains("3 / 4"), text("share-cg-cg-dongjie"));
        assertTrue(text("share-cg-cg-nanjie").contains("1 / 4"), text("share-cg-cg-nanjie"));
        assertTrue(text("share-cg-cg-dongjie").contains("约 75%"));

        // The office's own closed day: a date in the past is refused, keeping the other choices.
        choose("exOffice", "cg");
        choose("exOpen", "09:00");
        choose("exClose", "11:00");
        setDate("exDay", "2026-11-02");
        PageLoads.click(browser, browser.findElement(By.id("save-exception")));
        assertTrue(text("exDay-error").contains("日期须在今天（2026-12-01）到两年之内"), text("exDay-error"));
        assertKept("exDay", "2026-11-02");
        assertSelected("exOpen", "09:00");
        assertSelected("exClose", "11:00");
        choose("exClose", "09:00");
        setDate("exDay", "2026-12-09");
        PageLoads.click(browser, browser.findElement(By.id("save-exception")));
        assertTrue(text("exClose-error").contains("关门时间 09:00 须晚于开门时间 09:00"), text("exClose-error"));
        choose("exOpen", "");
        PageLoads.click(browser, browser.findElement(By.id("save-exception")));
        assertTrue(saved().contains("cg"));
        assertTrue(
                browser.findElement(By.cssSelector("#office-cg tr.exception"))
                        .getText()
                        .contains("2026-12-09（周三）：休息"),
                "the closed day is listed under the plan");
        browser.get(hub.uri("/schedules#office-cg").toString());
        shot("schedule-saved");

        // The terminal's next heartbeat: 3 of every slot's 4 seats, the plan's notice in each slot.
        TerminalSchedule schedule = hub.hub
                .heartbeats()
                .accept(
                        new TerminalIdentity("cg-dongjie", "城关镇", "城关镇"),
                        new HeartbeatRequest("0.1.0", 1L, List.of(), 0, null, 0, null, 60)
                                .withSchedule(new ScheduleReport(0, List.of())))
                .schedule();
        JsonNode thursday = null;
        for (JsonNode slot : schedule.document().get("slots")) {
            assertFalse(slot.get("start").asText().startsWith("2026-12-09"), "the office's closed day");
            if (slot.get("id").asText().equals("cg.consultation.20261203.0900")) {
                thursday = slot;
            }
        }
        assertEquals(3, thursday.get("seats").asInt(), "its share, two days ahead (before the release time)");
        assertEquals("2026-12-03T07:00", thursday.get("bookBy").asText(), "two hours' notice");

        // A second exception, entered by mistake, and removed again: the other stays, the audit keeps the old hours.
        choose("exOffice", "cg");
        choose("exOpen", "09:00");
        choose("exClose", "11:00");
        setDate("exDay", "2026-12-10");
        PageLoads.click(browser, browser.findElement(By.id("save-exception")));
        assertTrue(saved().contains("cg"));
        By dec10 = By.cssSelector("#office-cg tr.exception[data-day='2026-12-10']");
        assertTrue(browser.findElement(dec10).getText().contains("09:00"), "listed with its hours");
        shot("schedule-exception-two");
        WebElement listed = browser.findElement(dec10);
        listed.findElement(By.cssSelector("button.remove-exception")).click();
        // The page after the save says "saved" too: wait for the post's own page before looking.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(listed));
        assertTrue(saved().contains("cg"));
        assertTrue(browser.findElements(dec10).isEmpty(), "the removed exception is gone");
        assertEquals(
                1,
                browser.findElements(By.cssSelector("#office-cg tr.exception[data-day='2026-12-09']"))
                        .size(),
                "the other stays");
        assertEquals(
                List.of(new PlanException(LocalDate.of(2026, 12, 9), Optional.empty())),
                hub.hub.schedules().plans().plans(List.of("cg")).get(0).exceptions());
        try (var c = hub.database.connection();
                var q = c.prepareStatement("SELECT actor, detail FROM audit_log WHERE action = 'plan.exception'"
                        + " ORDER BY id DESC LIMIT 1");
                var rs = q.executeQuery()) {
            assertTrue(rs.next());
            assertEquals("admin", rs.getString(1));
            assertEquals("2026-12-10: 09:00-11:00 → (removed)", rs.getString(2), "audited with the old value");
        }
        shot("schedule-exception-removed");
    }

    @Test
    @Order(2)
    void anAdminAddsAHolidayAndAMakeUpDayAndABadDateIsExplained() throws Exception {
        logIn("admin");
        PageLoads.click(browser, browser.findElement(By.linkText("节假日 Holidays")));
        assertTrue(text("calendar-days").contains("2026-10-01（周四）"), "the State Council's days are seeded");

        browser.findElement(By.cssSelector("input[name=kind][value=WORKDAY]")).click();
        choose("nameZh", "元旦调休上班");
        choose("follows", "1");
        setDate("day", "");
        PageLoads.click(browser, browser.findElement(By.id("save-day")));
        assertTrue(text("day-error").contains("请选择日期"), text("day-error"));
        assertTrue(
                browser.findElement(By.cssSelector("input[name=kind][value=WORKDAY]"))
                        .isSelected(),
                "kept");
        assertSelected("nameZh", "元旦调休上班");
        assertSelected("follows", "1");
        shotAt("schedule-calendar-refused", "add-day");

        setDate("day", "2026-12-27");
        PageLoads.click(browser, browser.findElement(By.id("save-day")));
        assertTrue(saved().contains("2026-12-27"));
        assertTrue(text("day-2026-12-27").contains("上班，按周一"), text("day-2026-12-27"));

        browser.findElement(By.cssSelector("input[name=kind][value=HOLIDAY]")).click();
        choose("nameZh", "县内临时放假");
        setDate("day", "2026-12-31");
        PageLoads.click(browser, browser.findElement(By.id("save-day")));
        assertTrue(text("day-2026-12-31").contains("放假"), text("day-2026-12-31"));
        assertTrue(text("day-2026-12-31").contains("县内临时放假"));
        shot("schedule-calendar-saved");
    }

    @Test
    @Order(3)
    void aTownshipOfficerAndAnAuditorReadTheSchedulesButCannotChangeThem() throws Exception {
        for (String user : List.of("officer", "auditor")) {
            logIn(user);
            browser.get(hub.uri("/schedules").toString());
            assertTrue(text("office-cg").contains("城关镇司法所"), user + " reads the plans");
            assertTrue(
                    browser.findElements(By.tagName("form")).stream()
                            .noneMatch(f -> f.getAttribute("action").contains("/schedules/")),
                    user + " is offered no form");
            assertTrue(text("read-only").contains("由县级管理员修改"), user + " is told who may change them");
            if (user.equals("officer")) {
                shot("schedule-officer");
            }
            assertEquals(403, forgedPost("/schedules/plans", "planOffice=cg&planService=consultation&seats=9"), user);
            assertEquals(403, forgedPost("/schedules/assign", "asOffice=cg&asTerminal=cg-nanjie&weight=9"), user);
            assertEquals(
                    403,
                    forgedPost("/schedules/exceptions/remove", "exOffice=cg&exService=consultation&exDay=2026-12-09"),
                    user);
            browser.get(hub.uri("/calendar").toString());
            assertTrue(browser.findElements(By.id("save-day")).isEmpty(), user + " gets no calendar form");
            assertEquals(403, forgedPost("/calendar", "day=2026-12-30&kind=HOLIDAY&nameZh=x"), user);
        }
        assertEquals(4, hub.hub.schedules().plans().plans(List.of("cg")).get(0).seatsPerSlot(), "nothing changed");
        assertEquals(
                1,
                hub.hub
                        .schedules()
                        .plans()
                        .plans(List.of("cg"))
                        .get(0)
                        .exceptions()
                        .size(),
                "the exception stays");
        assertTrue(hub.hub.schedules().calendar().year(2026).stream()
                .noneMatch(d -> d.day().toString().equals("2026-12-30")));
    }

    private static void logIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(hub.uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(HubFixture.PASSWORD);
        PageLoads.click(browser, browser.findElement(By.id("login-button")));
        browser.findElement(By.cssSelector(".who")); // waits for the logged-in page
    }

    /** A change posted by the page's own session with its CSRF token, as a user fiddling with the form could. */
    private static long forgedPost(String path, String body) {
        Object status = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "const csrf = document.querySelector('input[name=csrf]').value;"
                                + "fetch(arguments[0], {method: 'POST', headers: {'Content-Type':"
                                + " 'application/x-www-form-urlencoded'}, body: 'csrf=' + encodeURIComponent(csrf)"
                                + " + '&' + arguments[1], redirect: 'manual'}).then(r => done(r.status));",
                        path,
                        body);
        return (Long) status;
    }

    private static void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private static void choose(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    private static void setDate(String id, String isoDate) {
        WebElement field = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, isoDate);
    }

    private static void assertSelected(String id, String value) {
        assertEquals(
                value,
                new Select(browser.findElement(By.id(id)))
                        .getFirstSelectedOption()
                        .getAttribute("value"),
                id + " kept as chosen");
    }

    private static void assertKept(String id, String value) {
        assertEquals(value, browser.findElement(By.id(id)).getAttribute("value"), id + " kept as typed");
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static String saved() {
        return text("saved");
    }

    /** A screenshot with the element at the top of the window (the forms sit below the tables). */
    private static void shotAt(String name, String id) throws Exception {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView(true)", browser.findElement(By.id(id)));
        shot(name);
    }

    private static void shot(String name) throws Exception {
        File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
