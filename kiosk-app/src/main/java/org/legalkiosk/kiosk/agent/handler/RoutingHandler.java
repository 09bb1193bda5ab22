package org.legalkiosk.kiosk.agent.handler;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.legalkiosk.kiosk.agent.http.Routes;

/**
 * Finds the request's route in the agent's one mapping and attaches it to the request, so the handlers behind
 * this one know what the call needs (a role, an audit line) before the endpoint runs. No route: 404, or 405 with
 * {@code Allow}; such calls are neither authenticated nor audited.
 */
public final class RoutingHandler extends CheckingHandler {

    private final Routes routes;

    public RoutingHandler(Routes routes, Handler next) {
        super(next);
        this.routes = routes;
    }

    public Routes routes() {
        return routes;
    }

    @Override
    protected void check(Request request) throws Exception {
        routes.route(request);
    }
}
