package org.legalkiosk.kiosk.agent;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * {@code PUT /api/v1/schedule} and {@code GET /api/v1/bookings?since=CURSOR}, reserved for the booking issue:
 * the routes, roles and input checks are final; the answer is 501 until bookings exist. Bookings carry personal
 * data, so reading them needs the admin role.
 */
final class BookingEndpoints {

    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final int maxJsonBytes;

    BookingEndpoints(int maxJsonBytes) {
        this.maxJsonBytes = maxJsonBytes;
    }

    void register(ApiRouter router) {
        router.add("PUT", "/api/v1/schedule", Role.PUBLISHER, this::schedule);
        router.add("GET", "/api/v1/bookings", Role.ADMIN, this::bookings);
    }

    private Reply schedule(Exchange ex) throws ApiException, IOException {
        JsonNode body = ex.jsonBody(JsonNode.class, maxJsonBytes);
        if (!body.isObject()) {
            throw ApiException.badRequest("a schedule is a JSON object");
        }
        ex.audit("schedule refused: not implemented yet");
        throw notImplemented();
    }

    private Reply bookings(Exchange ex) throws ApiException {
        if (ex.query("since").isPresent() && !CURSOR.matcher(ex.query("since").get()).matches()) {
            throw ApiException.badRequest("since must be a cursor from an earlier answer (1-128 of A-Z a-z 0-9 _ -)");
        }
        throw notImplemented();
    }

    private static ApiException notImplemented() {
        return new ApiException(501, "not_implemented", "bookings are not available on this kiosk yet");
    }
}
