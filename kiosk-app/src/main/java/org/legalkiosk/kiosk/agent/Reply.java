package org.legalkiosk.kiosk.agent;

import java.nio.charset.StandardCharsets;

/** What an endpoint answers: a status and a body of some media type. */
record Reply(int status, String contentType, byte[] body) {

    static final String JSON = "application/json; charset=utf-8";

    static Reply json(int status, Object value) {
        return new Reply(status, JSON, Json.bytes(value));
    }

    static Reply ok(Object value) {
        return json(200, value);
    }

    static Reply text(String contentType, String text) {
        return new Reply(200, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    static Reply error(ApiException e) {
        return new Reply(e.status(), JSON, Json.error(e.code(), e.getMessage()));
    }
}
