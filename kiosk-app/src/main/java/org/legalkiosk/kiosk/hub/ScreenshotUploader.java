package org.legalkiosk.kiosk.hub;

import java.io.IOException;
import java.util.Optional;

import org.legalkiosk.kiosk.agent.terminal.ScreenCapture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the hub's screenshot request: captures the screen through the same {@link ScreenCapture} the agent's
 * {@code GET /screenshot} uses and uploads the PNG with the terminal's token; a kiosk without a screen (run with
 * {@code --headless}) or one whose screen is not up, or whose capture fails, tells the hub why instead, so the
 * county is not left waiting for a picture that will not come.
 */
public final class ScreenshotUploader implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotUploader.class);
    static final String HEADLESS = "终端以 --headless 运行，没有屏幕 / the terminal runs --headless: it has no screen";
    static final String NOT_SHOWN = "屏幕尚未显示 / the screen is not shown yet";

    private final HubClient client;
    private final HubCredentials credentials;
    private final Optional<ScreenCapture> screen;
    private final String appVersion;

    /** @param screen the screen, or empty when the kiosk has none ({@code --headless}) */
    public ScreenshotUploader(
            HubClient client, HubCredentials credentials, Optional<ScreenCapture> screen, String appVersion) {
        this.client = client;
        this.credentials = credentials;
        this.screen = screen;
        this.appVersion = appVersion;
    }

    /** A picture, or why there is none. */
    private record Capture(byte[] png, String whyNot) {}

    private Capture capture() {
        if (screen.isEmpty()) {
            return new Capture(null, HEADLESS);
        }
        try {
            return screen.get().png().map(png -> new Capture(png, null)).orElse(new Capture(null, NOT_SHOWN));
        } catch (IOException e) {
            LOG.warn("Screenshot for the hub failed: {}", e.getMessage());
            return new Capture(null, "截图失败 / the capture failed: " + e.getMessage());
        }
    }

    @Override
    public void run() {
        try {
            Optional<String> token = credentials.token(client, appVersion);
            if (token.isEmpty()) {
                return;
            }
            Capture capture = capture();
            if (capture.png() != null) {
                client.uploadScreenshot(token.get(), capture.png());
                LOG.info("Screenshot uploaded to the hub ({} bytes)", capture.png().length);
            } else {
                client.screenshotUnavailable(token.get(), capture.whyNot());
                LOG.info("Told the hub no screenshot can be taken: {}", capture.whyNot());
            }
        } catch (IOException | HubException e) {
            LOG.warn("Screenshot for the hub not delivered: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
