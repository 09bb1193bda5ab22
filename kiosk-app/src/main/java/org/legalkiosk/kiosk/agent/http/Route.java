package org.legalkiosk.kiosk.agent.http;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.jetty.server.Request;
import org.legalkiosk.kiosk.store.Role;

/**
 * One entry of the agent's {@link Routes}: a method and a path, the least role it needs, and the endpoint that
 * does the work. Once found, the route travels with the request as an attribute, so each handler of the chain
 * (audit, rate limit, authentication, metrics) reads what it needs from the same value.
 *
 * @param path     an exact path, or a prefix ending in '/' (the rest is the endpoint's to check)
 * @param required the least role allowed; null means no token is needed
 */
public record Route(String method, String path, Role required, Endpoint endpoint) {

    private static final String ATTRIBUTE = Route.class.getName();

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    public boolean prefix() {
        return path.endsWith("/");
    }

    boolean matchesPath(String p) {
        return prefix() ? p.startsWith(path) && p.length() > path.length() : p.equals(path);
    }

    /** The name in the metrics: the path, with {@code {id}} for the part a prefix route leaves to its endpoint. */
    public String metricName() {
        return prefix() ? path + "{id}" : path;
    }

    /** True when the caller must show a token. */
    public boolean needsToken() {
        return required != null;
    }

    /** The route found for this request; empty before routing, or when none matched. */
    public static Optional<Route> of(Request request) {
        return request.getAttribute(ATTRIBUTE) instanceof Route r ? Optional.of(r) : Optional.empty();
    }

    void attachTo(Request request) {
        request.setAttribute(ATTRIBUTE, this);
    }
}
