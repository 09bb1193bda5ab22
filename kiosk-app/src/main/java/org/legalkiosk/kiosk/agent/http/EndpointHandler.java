package org.legalkiosk.kiosk.agent.http;

import java.util.Optional;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of the agent's handler chain: runs the endpoint of the route the routing handler found, for the
 * caller the authentication handler admitted, and writes its reply. A refusal becomes the agent's JSON error;
 * anything else that goes wrong becomes a 500 whose stack trace stays in the log.
 */
public final class EndpointHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointHandler.class);

    private final BodyWatch bodies;

    public EndpointHandler(BodyWatch bodies) {
        super(InvocationType.BLOCKING);
        this.bodies = bodies;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Optional<Route> route = Route.of(request);
        if (route.isEmpty()) {
            // Only reachable if the chain is built without its routing handler: a wiring fault, not the caller's.
            return internalError(request, new IllegalStateException("no route attached"))
                    .send(response, callback);
        }
        Exchange exchange = new Exchange(
                request,
                Request.getPathInContext(request),
                Request.getRemoteAddr(request),
                Caller.of(request).orElse(null),
                bodies);
        Reply reply;
        try {
            reply = route.get().endpoint().handle(exchange);
        } catch (ApiException e) {
            reply = Reply.error(e);
        } catch (Exception e) {
            reply = internalError(request, e);
        }
        return reply.send(response, callback);
    }

    /** The kiosk's own fault: the stack trace is for the log; the caller learns only that it was not theirs. */
    public static Reply internalError(Request request, Exception e) {
        LOG.error("{} {} failed", request.getMethod(), Request.getPathInContext(request), e);
        return Reply.error(
                new ApiException(500, "internal", "the kiosk could not complete the request; " + "its log says why"));
    }
}
