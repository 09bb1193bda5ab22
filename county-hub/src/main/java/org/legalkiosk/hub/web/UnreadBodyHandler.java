package org.legalkiosk.hub.web;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers that leave the request body unread say {@code Connection: close}.
 *
 * <p>Many refusals (not logged in, a forged form, a wrong role, a bad terminal token, a body over its limit) are
 * answered before the body is read, on purpose: an unwanted upload is not worth reading. Jetty then closes the
 * connection rather than drain it, but without saying so; a client that pooled the connection (Java's HttpClient, a
 * terminal's sync poster) sends its next request into the closed socket and fails with "header parser received no
 * bytes". Non-idempotent requests are not retried, so a terminal's next event post would fail for nothing. Marking
 * the answer tells the client not to reuse the connection. Requests without a body keep their connection.
 */
public final class UnreadBodyHandler extends Handler.Wrapper {

    public UnreadBodyHandler(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!hasBody(request)) {
            return super.handle(request, response, callback);
        }
        AtomicBoolean bodyRead = new AtomicBoolean();
        Request tracked = new Request.Wrapper(request) {
            @Override
            public Content.Chunk read() {
                Content.Chunk chunk = super.read();
                if (chunk != null && chunk.isLast()) {
                    bodyRead.set(true);
                }
                return chunk;
            }
        };
        Response marking = new Response.Wrapper(tracked, response) {
            @Override
            public void write(boolean last, ByteBuffer content, Callback done) {
                if (!bodyRead.get() && !isCommitted()) {
                    getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
                }
                super.write(last, content, done);
            }
        };
        return super.handle(tracked, marking, callback);
    }

    /** A declared length above zero, or a chunked body of unknown length. */
    static boolean hasBody(Request request) {
        return request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH) > 0
                || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }
}
