package org.legalkiosk.hub.web;

/**
 * How the hub listens.
 *
 * @param bind          the address to bind (127.0.0.1 behind nginx, which terminates TLS)
 * @param port          the port, 0 for any free one
 * @param secureCookies mark session cookies Secure (off only for plain-HTTP development on another host than
 *                      localhost; browsers accept Secure cookies from http://127.0.0.1 and localhost)
 * @param scrapeToken   the bearer token Prometheus sends to {@code /metrics}
 * @param maxThreads    request threads
 */
public record HubServerConfig(String bind, int port, boolean secureCookies, String scrapeToken, int maxThreads) {

    public HubServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be within 0..65535");
        }
        if (scrapeToken == null || scrapeToken.length() < 20) {
            throw new IllegalArgumentException("the metrics scrape token must be at least 20 characters");
        }
    }
}
