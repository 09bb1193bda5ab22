package org.legalkiosk.kiosk.agent.endpoint;

import java.io.IOException;
import java.util.Optional;

import org.legalkiosk.kiosk.agent.http.ApiException;
import org.legalkiosk.kiosk.agent.http.Exchange;
import org.legalkiosk.kiosk.agent.http.Reply;
import org.legalkiosk.kiosk.agent.terminal.LogSource;
import org.legalkiosk.kiosk.agent.terminal.ScreenCapture;

/**
 * {@code GET /api/v1/screenshot} and {@code GET /api/v1/logs?lines=N}: what a technician would look at on site.
 * Administrators only: the screen may show a visitor's booking, and logs show the terminal's inner workings.
 */
public final class DiagnosticsEndpoints {

    static final int MAX_LINES = 2000;
    static final int DEFAULT_LINES = 200;

    private final ScreenCapture screen;
    private final LogSource logs;

    public DiagnosticsEndpoints(ScreenCapture screen, LogSource logs) {
        this.screen = screen;
        this.logs = logs;
    }

    public Reply screenshot(Exchange ex) throws ApiException, IOException {
        Optional<byte[]> png = screen.png();
        if (png.isEmpty()) {
            throw new ApiException(503, "no_screen", "this kiosk has no screen to capture right now");
        }
        return new Reply(200, "image/png", png.get());
    }

    public Reply logs(Exchange ex) throws ApiException, IOException {
        int lines = DEFAULT_LINES;
        if (ex.query("lines").isPresent()) {
            try {
                lines = Integer.parseInt(ex.query("lines").get());
            } catch (NumberFormatException e) {
                lines = -1;
            }
            if (lines < 1 || lines > MAX_LINES) {
                throw ApiException.badRequest("lines must be a number from 1 to " + MAX_LINES);
            }
        }
        return Reply.text("text/plain; charset=utf-8", String.join("\n", logs.lastLines(lines)) + "\n");
    }
}
