package org.legalkiosk.kiosk.agent.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jetty.server.Request;
import org.legalkiosk.kiosk.store.Role;

/**
 * The agent's one mapping from method and path to endpoint. A path no route knows is 404; a known path with
 * another method is 405 with {@code Allow} listing the methods it has, in the order they were added.
 */
public final class Routes {

    private final List<Route> routes;

    private Routes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Route> all() {
        return routes;
    }

    /** The route for this method and path; refused as 400, 404 or 405 when there is none. */
    public Route find(String method, String path) throws ApiException {
        if (path == null) {
            throw new ApiException(400, "bad_path", "the path is not acceptable");
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (Route r : routes) {
            if (r.matchesPath(path)) {
                if (r.method().equals(method)) {
                    return r;
                }
                allowed.add(r.method());
            }
        }
        if (allowed.isEmpty()) {
            throw new ApiException(404, "not_found", "no such endpoint: " + path);
        }
        throw new ApiException(
                405,
                "method_not_allowed",
                method + " is not allowed on " + path,
                Map.of("Allow", String.join(", ", allowed)));
    }

    /** Finds the request's route and attaches it to the request for the handlers after this one. */
    public Route route(Request request) throws ApiException {
        Route route = find(request.getMethod(), Request.getPathInContext(request));
        route.attachTo(request);
        return route;
    }

    public static final class Builder {
        private final List<Route> routes = new ArrayList<>();

        private Builder() {}

        /** @param required the least role allowed; null for the one route that needs no token (health) */
        public Builder add(String method, String path, Role required, Endpoint endpoint) {
            Route route = new Route(method, path, required, endpoint);
            for (Route r : routes) {
                if (r.method().equals(method) && r.path().equals(path)) {
                    throw new IllegalArgumentException(method + " " + path + " is mapped twice");
                }
            }
            routes.add(route);
            return this;
        }

        public Routes build() {
            return new Routes(routes);
        }
    }
}
