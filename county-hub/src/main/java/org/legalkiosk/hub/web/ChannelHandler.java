package org.legalkiosk.hub.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the hub's pull channel ({@code /pull/v1/}) from the content library's channel folder, as any static server
 * would serve a folder written by {@code legalkiosk channel publish}: no login, since every file is either named by
 * its SHA-256 or signed (the manifest by the county's offline key, the channel document by the hub's channel key),
 * and the terminal checks all of it (docs/decisions/0035). Only names of the channel's own shape are answered, so
 * nothing else on the disk can be fetched; {@code Range: bytes=N-} continues an interrupted download.
 */
public final class ChannelHandler extends Handler.Abstract {

    private static final Pattern FILE = Pattern.compile(
            "/pull/v1/(objects/[0-9a-f]{64}|versions/[1-9][0-9]{0,17}/(?:manifest\\.json|manifest\\.sig|channel\\.json"
                    + "|channel\\.json\\.sig))");
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d{1,18})-");

    private final Path root;

    public ChannelHandler(Path root) {
        this.root = root;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Http.text(response, callback, 405, "GET only\n");
            return true;
        }
        Matcher m = FILE.matcher(Http.path(request));
        Path file = m.matches() ? root.resolve(m.group(1)) : null;
        if (file == null || !Files.isRegularFile(file)) {
            Http.text(response, callback, 404, "not found\n");
            return true;
        }
        long size = Files.size(file);
        long from = 0;
        String range = request.getHeaders().get(HttpHeader.RANGE);
        if (range != null) {
            Matcher r = RANGE.matcher(range.strip());
            if (r.matches()) {
                from = Long.parseLong(r.group(1));
                if (from >= size) {
                    response.getHeaders().put(HttpHeader.CONTENT_RANGE, "bytes */" + size);
                    Http.text(response, callback, 416, "range not satisfiable\n");
                    return true;
                }
            } // any other range form is answered with the whole file, which HTTP allows
        }
        boolean object = m.group(1).startsWith("objects/");
        response.getHeaders()
                .put(HttpHeader.CACHE_CONTROL, object ? "public, max-age=31536000, immutable" : "no-cache");
        response.getHeaders()
                .put(
                        HttpHeader.CONTENT_TYPE,
                        m.group(1).endsWith(".json") || m.group(1).endsWith(".sig")
                                ? "application/json"
                                : "application/octet-stream");
        response.getHeaders().put(HttpHeader.ACCEPT_RANGES, "bytes");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, size - from);
        if (from > 0) {
            response.setStatus(206);
            response.getHeaders().put(HttpHeader.CONTENT_RANGE, "bytes " + from + "-" + (size - 1) + "/" + size);
        } else {
            response.setStatus(200);
        }
        if (method.equals("HEAD")) {
            response.write(true, null, callback);
            return true;
        }
        Content.copy(Content.Source.from(file, from, size - from), response, callback);
        return true;
    }
}
