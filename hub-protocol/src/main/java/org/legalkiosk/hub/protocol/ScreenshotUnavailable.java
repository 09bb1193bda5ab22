package org.legalkiosk.hub.protocol;

/**
 * The terminal's answer to a screenshot request when it cannot take one (run with {@code --headless}, the screen
 * not up yet), posted to {@link TerminalApi#SCREENSHOT} as JSON so the county sees why no picture came.
 *
 * @param reason what stopped it, in words a county admin understands
 */
public record ScreenshotUnavailable(String reason) {

    public ScreenshotUnavailable {
        reason = Limits.text("reason", reason, Limits.MAX_TEXT, true);
    }
}
