package org.legalkiosk.hub.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The console's own stylesheet and script, and the charting library from its WebJar (uPlot), from the jar by a fixed
 * list of names: nothing else can be fetched. Scripts come from here only, as the CSP's {@code script-src 'self'}
 * asks.
 */
public final class StaticHandler extends Handler.Abstract {

    private static final String UPLOT = "/META-INF/resources/webjars/uplot/1.6.30/dist/";

    /** URL → content type and the resource in the jar. */
    private static final Map<String, String[]> FILES = Map.of(
            "/static/hub.css",
            new String[] {"text/css; charset=utf-8", "static/hub.css"},
            "/static/reports.js",
            new String[] {"text/javascript; charset=utf-8", "static/reports.js"},
            "/static/desk-scan.js",
            new String[] {"text/javascript; charset=utf-8", "static/desk-scan.js"},
            "/static/uplot/uPlot.iife.min.js",
            new String[] {"text/javascript; charset=utf-8", UPLOT + "uPlot.iife.min.js"},
            "/static/uplot/uPlot.min.css",
            new String[] {"text/css; charset=utf-8", UPLOT + "uPlot.min.css"});

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        String path = Http.path(request);
        String[] file = FILES.get(path);
        if (file == null || !request.getMethod().equals("GET")) {
            Http.text(response, callback, 404, "not found\n");
            return true;
        }
        String type = file[0];
        try (InputStream in = StaticHandler.class.getResourceAsStream(file[1])) {
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
