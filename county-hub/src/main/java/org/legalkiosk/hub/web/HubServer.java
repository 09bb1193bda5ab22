package org.legalkiosk.hub.web;

import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.legalkiosk.hub.Hub;
import org.legalkiosk.hub.users.LoginThrottle;
import org.legalkiosk.hub.web.console.AlertsPage;
import org.legalkiosk.hub.web.console.AuditPage;
import org.legalkiosk.hub.web.console.ConsoleRoutes;
import org.legalkiosk.hub.web.console.ContentPage;
import org.legalkiosk.hub.web.console.CsrfGuard;
import org.legalkiosk.hub.web.console.LoginPage;
import org.legalkiosk.hub.web.console.NoticesPage;
import org.legalkiosk.hub.web.console.SessionAuth;
import org.legalkiosk.hub.web.console.Templates;
import org.legalkiosk.hub.web.console.TerminalsPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.List;

/**
 * The hub's HTTP server, built by {@link #newServer} without side effects and started by {@link #start()}:
 * <pre>
 * SecurityHeadersHandler
 *  └ PathMappingsHandler
 *     ├ /healthz               HealthHandler             (no authentication)
 *     ├ /metrics               MetricsHandler            (scrape token)
 *     ├ /api/terminal/v1/*     TerminalApiHandler        (enrolment code, then terminal token)
 *     ├ /static/*              StaticHandler
 *     └ /                      SessionAuth → CsrfGuard → ConsoleRoutes (pages)
 * </pre>
 * TLS is left to nginx in front (the county's certificate lives there); the hub binds to loopback by default.
 */
public final class HubServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HubServer.class);
    /** Wrong enrolment codes or tokens from one address within the throttle's window before it gets 429. */
    public static final int TERMINAL_FAILURES = 30;

    private final Server server;
    private final ServerConnector connector;
    private final ConsoleRoutes console;

    private HubServer(Server server, ServerConnector connector, ConsoleRoutes console) {
        this.server = server;
        this.connector = connector;
        this.console = console;
    }

    public static HubServer newServer(HubServerConfig config, Hub hub) {
        return newServer(config, hub, null);
    }

    /**
     * As {@link #newServer(HubServerConfig, Hub)}, with a wrapper around the whole chain (tests put a handler that
     * refuses requests at random there); null for none.
     */
    public static HubServer newServer(HubServerConfig config, Hub hub,
                                      java.util.function.UnaryOperator<Handler> outermost) {
        QueuedThreadPool pool = new QueuedThreadPool(config.maxThreads(), 4, 60_000);
        pool.setName("hub");
        Server server = new Server(pool);
        server.setStopTimeout(5_000);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(8 * 1024);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.bind());
        connector.setPort(config.port());
        connector.setIdleTimeout(30_000);
        connector.setAcceptQueueSize(512);
        server.addConnector(connector);

        HubMetrics metrics = new HubMetrics();
        Templates templates = new Templates();
        ConsoleRoutes console = new ConsoleRoutes(templates, List.of(
                new LoginPage(hub.users(), hub.sessions(), new LoginThrottle(hub.clock()), templates, hub.db(),
                        config.secureCookies()).routes(),
                new TerminalsPage(hub.fleet(), hub.terminals(), templates).routes(),
                new NoticesPage(hub.notices(), hub.groups(), templates, hub.clock()).routes(),
                new ContentPage(hub.fleet(), hub.groups(), templates).routes(),
                new AlertsPage(hub.fleet(), hub.groups(), templates, hub.clock()).routes(),
                new AuditPage(hub.audit(), templates).routes()));

        PathMappingsHandler paths = new PathMappingsHandler();
        paths.addMapping(PathSpec.from("/healthz"), new HealthHandler(hub.db()));
        paths.addMapping(PathSpec.from("/metrics"),
                new MetricsHandler(hub.fleet(), metrics, config.scrapeToken(), hub.clock()));
        paths.addMapping(PathSpec.from("/api/terminal/v1/*"), new TerminalApiHandler(hub.terminals(),
                hub.heartbeats(), hub.events(),
                new LoginThrottle(hub.clock(), TERMINAL_FAILURES, TERMINAL_FAILURES), metrics));
        paths.addMapping(PathSpec.from("/static/*"), new StaticHandler());
        paths.addMapping(PathSpec.from("/favicon.ico"), new StaticHandler()); // a 404, not a trip to the login page
        paths.addMapping(PathSpec.from("/"), new SessionAuth(hub.sessions(), new CsrfGuard(console)));
        // A context at the root gives every handler the same path view (Request.getPathInContext).
        Handler chain = new SecurityHeadersHandler(paths);
        server.setHandler(new ContextHandler(outermost == null ? chain : outermost.apply(chain), "/"));
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        server.setErrorHandler(errors);
        return new HubServer(server, connector, console);
    }

    public HubServer start() throws Exception {
        server.start();
        LOG.info("County hub listening on {}", uri());
        return this;
    }

    public int port() {
        return connector.getLocalPort();
    }

    public URI uri() {
        String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
    }

    /** The console's routes, for the auth-matrix test. */
    public ConsoleRoutes console() {
        return console;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
