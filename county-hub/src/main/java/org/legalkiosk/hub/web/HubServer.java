package org.legalkiosk.hub.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.legalkiosk.hub.Hub;
import org.legalkiosk.hub.callbacks.CallbackDesk;
import org.legalkiosk.hub.content.RolloutScheduler;
import org.legalkiosk.hub.reports.BookingDecisionsAttendance;
import org.legalkiosk.hub.reports.ReportQueries;
import org.legalkiosk.hub.users.AccountSwitch;
import org.legalkiosk.hub.users.LoginThrottle;
import org.legalkiosk.hub.web.console.AlertsPage;
import org.legalkiosk.hub.web.console.AuditPage;
import org.legalkiosk.hub.web.console.CalendarPage;
import org.legalkiosk.hub.web.console.CallbacksPage;
import org.legalkiosk.hub.web.console.ConsoleRoutes;
import org.legalkiosk.hub.web.console.ContentPage;
import org.legalkiosk.hub.web.console.CsrfGuard;
import org.legalkiosk.hub.web.console.DeskPage;
import org.legalkiosk.hub.web.console.GroupsPage;
import org.legalkiosk.hub.web.console.LoginPage;
import org.legalkiosk.hub.web.console.NoticesPage;
import org.legalkiosk.hub.web.console.ReportsPage;
import org.legalkiosk.hub.web.console.SchedulesPage;
import org.legalkiosk.hub.web.console.SessionAuth;
import org.legalkiosk.hub.web.console.Templates;
import org.legalkiosk.hub.web.console.TerminalDetailPage;
import org.legalkiosk.hub.web.console.TerminalsPage;
import org.legalkiosk.hub.web.console.UsersPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's HTTP server, built by {@link #newServer} without side effects and started by {@link #start()}:
 * <pre>
 * UnreadBodyHandler                                      (Connection: close when a body is left unread)
 *  └ SecurityHeadersHandler
 *   └ PathMappingsHandler
 *     ├ /healthz               HealthHandler             (no authentication)
 *     ├ /metrics               MetricsHandler            (scrape token)
 *     ├ /api/terminal/v1/*     TerminalApiHandler        (enrolment code, then terminal token)
 *     ├ /pull/v1/*             ChannelHandler            (no login: hash-named or signed files, see 0035)
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
    private final Hub hub;
    private RolloutScheduler scheduler;

    private HubServer(Server server, ServerConnector connector, ConsoleRoutes console, Hub hub) {
        this.server = server;
        this.connector = connector;
        this.console = console;
        this.hub = hub;
    }

    public static HubServer newServer(HubServerConfig config, Hub hub) {
        return newServer(config, hub, null);
    }

    /**
     * As {@link #newServer(HubServerConfig, Hub)}, with a wrapper around the whole chain (tests put a handler that
     * refuses requests at random there); null for none.
     */
    public static HubServer newServer(
            HubServerConfig config, Hub hub, java.util.function.UnaryOperator<Handler> outermost) {
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
        ConsoleRoutes console = new ConsoleRoutes(
                templates,
                List.of(
                        new LoginPage(
                                        hub.users(),
                                        hub.sessions(),
                                        new LoginThrottle(hub.clock()),
                                        templates,
                                        hub.db(),
                                        config.secureCookies())
                                .routes(),
                        new TerminalsPage(hub.fleet(), hub.terminals(), templates).routes(),
                        new TerminalDetailPage(hub.fleet(), hub.screenshots(), hub.auditChains(), templates).routes(),
                        new NoticesPage(hub.notices(), hub.groups(), templates, hub.clock()).routes(),
                        new ContentPage(
                                        hub.fleet(),
                                        hub.groups(),
                                        hub.content(),
                                        hub.rollouts(),
                                        templates,
                                        hub.clock())
                                .routes(),
                        new AlertsPage(hub.fleet(), hub.groups(), templates, hub.clock()).routes(),
                        new DeskPage(hub.desk(), templates).routes(),
                        new AuditPage(hub.audit(), templates).routes(),
                        new GroupsPage(hub.groups(), templates).routes(),
                        new SchedulesPage(hub.schedules(), hub.fleet(), templates, hub.clock()).routes(),
                        new CalendarPage(hub.schedules().calendar(), templates, hub.clock()).routes(),
                        new UsersPage(hub.users(), new AccountSwitch(hub.db()), templates).routes(),
                        new CallbacksPage(new CallbackDesk(hub.db(), hub.clock()), templates).routes(),
                        // Attendance waits for the desk's booking_decisions: BookingDecisionsAttendance switches it on.
                        new ReportsPage(
                                        new ReportQueries(hub.db(), new BookingDecisionsAttendance(hub.db())),
                                        templates,
                                        hub.clock())
                                .routes()));

        PathMappingsHandler paths = new PathMappingsHandler();
        paths.addMapping(PathSpec.from("/healthz"), new HealthHandler(hub.db()));
        paths.addMapping(
                PathSpec.from("/metrics"), new MetricsHandler(hub.fleet(), metrics, config.scrapeToken(), hub.clock()));
        paths.addMapping(
                PathSpec.from("/api/terminal/v1/*"),
                new TerminalApiHandler(
                        hub.terminals(),
                        hub.heartbeats(),
                        hub.events(),
                        hub.screenshots(),
                        new LoginThrottle(hub.clock(), TERMINAL_FAILURES, TERMINAL_FAILURES),
                        metrics));
        if (hub.content() != null) {
            paths.addMapping(
                    PathSpec.from("/pull/v1/*"),
                    new ChannelHandler(hub.content().channelRoot()));
        }
        paths.addMapping(PathSpec.from("/static/*"), new StaticHandler());
        paths.addMapping(PathSpec.from("/favicon.ico"), new StaticHandler()); // a 404, not a trip to the login page
        paths.addMapping(PathSpec.from("/"), new SessionAuth(hub.sessions(), new CsrfGuard(console)));
        // A context at the root gives every handler the same path view (Request.getPathInContext).
        Handler chain = new SecurityHeadersHandler(paths);
        // Outermost, so that every refusal, wherever in the chain, tells a pooling client not to reuse the connection.
        server.setHandler(
                new UnreadBodyHandler(new ContextHandler(outermost == null ? chain : outermost.apply(chain), "/")));
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        server.setErrorHandler(errors);
        server.addBean(new PeriodicTask(
                "callback-phone-purge", Duration.ofHours(1), new CallbackDesk(hub.db(), hub.clock())::purgeExpired));
        return new HubServer(server, connector, console, hub);
    }

    /** Starts listening, and applying scheduled rollouts when they fall due (while the hub runs). */
    public HubServer start() throws Exception {
        server.start();
        if (hub.rollouts() != null) {
            scheduler = RolloutScheduler.start(hub.rollouts(), hub.clock());
        }
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
        if (scheduler != null) {
            scheduler.close();
        }
        server.stop();
    }
}
