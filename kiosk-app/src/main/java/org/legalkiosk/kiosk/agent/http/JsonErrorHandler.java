package org.legalkiosk.kiosk.agent.http;

import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty raises before a request reaches the router (a malformed request line, an ambiguous path such as
 * {@code %2e%2e}, headers too large) answered in the agent's JSON error format instead of an HTML page.
 */
public final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Reply.JSON);
        response.write(true, ByteBuffer.wrap(Json.error(codeFor(code), messageFor(code, message))), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Reply.JSON));
        return ByteBuffer.wrap(Json.error(codeFor(status), messageFor(status, reason)));
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 414, 431 -> "too_large";
            default -> status >= 500 ? "internal" : "http_" + status;
        };
    }

    private static String messageFor(int status, String message) {
        return message != null && !message.isBlank() ? message : HttpStatus.getMessage(status);
    }
}
