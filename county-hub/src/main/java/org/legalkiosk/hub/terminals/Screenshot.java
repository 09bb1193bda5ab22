package org.legalkiosk.hub.terminals;

import java.time.Instant;

/**
 * The last answer a terminal gave to a screenshot request.
 *
 * @param receivedAt  when it arrived
 * @param width       the picture's width, or 0 when there is none
 * @param height      the picture's height, or 0 when there is none
 * @param unavailable why the terminal could not take one (no screen under {@code --headless}), or null for a picture
 */
public record Screenshot(Instant receivedAt, int width, int height, String unavailable) {

    public boolean hasPicture() {
        return unavailable == null;
    }
}
