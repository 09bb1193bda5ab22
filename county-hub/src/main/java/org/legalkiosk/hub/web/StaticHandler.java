package org.legalkiosk.hub.web;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The console's own stylesheet from the jar, by a fixed list of names: nothing else can be fetched. */
public final class StaticHandler extends Handler.Abstract {

    private static final Map<String, String> FILES = Map.of("/static/hub.css", "text/css; charset=utf-8");

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        String path = Http.path(request);
        String type = FILES.get(path);
        if (type == null || !request.getMethod().equals("GET")) {
            Http.text(response, callback, 404, "not found\n");
            return true;
        }
        try (InputStream in = StaticHandler.class.getResourceAsStream(path.substring(1))) {
            if (in == null) {
                Http.text(response, callback, 404, "not found\n");
                return true;
            }
            response.getHeaders().put("Cache-Control", "max-age=3600");
            Http.send(response, callback, 200, type, in.readAllBytes());
        }
        return true;
    }
}
