package org.legalkiosk.hub.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Clicks that load a new page: a link, or a form's button whose post the hub answers with a page (or a redirect to
 * one). WebDriver's click can return before the browser has replaced the page, so under load the next
 * {@code findElement} found an element of the old page, which then went stale ("stale element reference"), or read
 * the old page's "saved" line. Waiting until the old page's root is gone makes the next lookup see the new page.
 */
final class PageLoads {

    private static final Duration NEW_PAGE = Duration.ofSeconds(30);

    private PageLoads() {}

    /** Clicks {@code target} and returns once the page it was on has been replaced. */
    static void click(WebDriver browser, WebElement target) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(browser, NEW_PAGE).until(d -> gone(oldPage));
    }

    /**
     * Whether the element's page has been replaced. Chromium answers a look at a node of a page it is leaving with
     * "does not belong to the document" (an unknown error, not the stale-element one WebDriver's own
     * {@code stalenessOf} expects): that is gone too.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }
}
