/**
 * The hub's HTTP server (Jetty 12 core handlers, no servlets): {@link HubServer} builds it from one handler per
 * concern, chained: {@link SecurityHeadersHandler} around a path mapping to {@link HealthHandler},
 * {@link MetricsHandler}, {@link TerminalApiHandler} (the terminals' bearer tokens), {@link StaticHandler} and the
 * console ({@code web.console}: session, CSRF, pages). {@link Http} holds the small helpers they share: bounded
 * body reads, forms, replies.
 */
package org.legalkiosk.hub.web;
