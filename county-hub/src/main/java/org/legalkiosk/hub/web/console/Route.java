package org.legalkiosk.hub.web.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One console route: a method, a path pattern (groups are passed on) and what answers it.
 *
 * @param example a concrete path, for the auth-matrix test and docs
 */
public record Route(String method, Pattern path, String example, Action action) {

    @FunctionalInterface
    public interface Action {
        void handle(Request request, Response response, Callback callback, Matcher path) throws Exception;
    }

    public static Route of(String method, String regex, String example, Action action) {
        return new Route(method, Pattern.compile(regex), example, action);
    }
}
