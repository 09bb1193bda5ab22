package org.legalkiosk.kiosk.agent.handler;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Set;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.kiosk.agent.http.Caller;
import org.legalkiosk.kiosk.agent.http.Exchange;
import org.legalkiosk.kiosk.agent.http.Json;
import org.legalkiosk.kiosk.agent.http.Route;
import org.legalkiosk.kiosk.store.AuditLog;
import org.legalkiosk.kiosk.store.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every call that changes something to the audit log, whatever its answer (a refusal by the
 * authentication handler or the endpoint too), and the reads that ask for it (personal data in clear). The entry
 * is written when the answer starts, before any of it leaves the kiosk, so an answered call is a logged call.
 * Not logged: calls that matched no route, and 429s (a flood of throttled guesses would drown the log).
 */
public final class AuditHandler extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(AuditHandler.class);
    private static final Set<String> MUTATING = Set.of("PUT", "POST", "DELETE", "PATCH");

    private final AuditLog audit;
    private final Clock clock;

    public AuditHandler(AuditLog audit, Clock clock, Handler next) {
        super(next);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (Route.of(request).isEmpty()) {
            return super.handle(request, response, callback);
        }
        return super.handle(request, new AuditedResponse(request, response), callback);
    }

    /** The answer as it starts: status and body are known, nothing has been sent. */
    private void answered(Request request, int status, ByteBuffer body) {
        String method = request.getMethod();
        String detail = Exchange.auditDetail(request);
        if (!MUTATING.contains(method) && detail == null || status == 429) {
            return;
        }
        if (detail == null && status >= 400) {
            detail = errorMessage(body);
        }
        TokenStore.TokenInfo token = Caller.of(request).orElse(null);
        String path = Request.getPathInContext(request);
        AuditLog.Entry entry = new AuditLog.Entry(
                clock.instant().toString(),
                token == null ? null : token.id(),
                token == null ? null : token.name(),
                token == null ? null : token.role().wireName(),
                Request.getRemoteAddr(request),
                method,
                path,
                status,
                detail);
        try {
            audit.append(entry);
        } catch (IOException e) {
            LOG.error(
                    "Could not write the audit log entry for {} {} by {}: {}",
                    method,
                    path,
                    token == null ? "an unauthenticated caller" : token.id(),
                    e.getMessage());
        }
    }

    /** The {@code message} of a JSON error body; null when the body is not one. */
    private static String errorMessage(ByteBuffer body) {
        if (body == null || !body.hasRemaining()) {
            return null;
        }
        ByteBuffer copy = body.slice();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        try {
            return Json.MAPPER.readTree(bytes).path("message").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Tells the handler of the first write, the moment the answer is decided and not yet sent. */
    private final class AuditedResponse extends Response.Wrapper {
        private boolean seen;

        AuditedResponse(Request request, Response response) {
            super(request, response);
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            if (!seen) {
                seen = true;
                answered(getRequest(), getStatus(), content);
            }
            super.write(last, content, callback);
        }
    }
}
