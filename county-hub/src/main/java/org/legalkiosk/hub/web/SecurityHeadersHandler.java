package org.legalkiosk.hub.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Headers every answer carries: no framing (clickjacking), no content sniffing, no referrer to other sites (same-origin), a
 * content security policy that allows only the hub's own scripts and styles (so an injected {@code <script>} would
 * not run even if escaping failed), and no caching of pages that show the fleet.
 */
public final class SecurityHeadersHandler extends Handler.Wrapper {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public SecurityHeadersHandler(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        // same-origin, not no-referrer: under no-referrer browsers send "Origin: null" with form posts, which the
        // CSRF guard must then refuse.
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Content-Security-Policy", CSP);
        headers.put("Cache-Control", "no-store");
        return super.handle(request, response, callback);
    }
}
