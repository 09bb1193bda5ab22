package org.legalkiosk.kiosk.agent;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.legalkiosk.kiosk.agent.endpoint.ContentEndpoints;
import org.legalkiosk.kiosk.agent.handler.AuditHandler;
import org.legalkiosk.kiosk.agent.handler.AuthThrottle;
import org.legalkiosk.kiosk.agent.handler.AuthenticationHandler;
import org.legalkiosk.kiosk.agent.handler.MetricsHandler;
import org.legalkiosk.kiosk.agent.handler.RateLimitHandler;
import org.legalkiosk.kiosk.agent.handler.RoutingHandler;
import org.legalkiosk.kiosk.agent.http.BodyWatch;
import org.legalkiosk.kiosk.agent.http.EndpointHandler;
import org.legalkiosk.kiosk.agent.http.JsonErrorHandler;
import org.legalkiosk.kiosk.agent.http.Routes;
import org.legalkiosk.kiosk.store.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's HTTP agent (see docs/agent-api.md). Built by {@link #newServer} without side effects, started by
 * {@link #start()}, stopped by {@link #close()}. Requests run on a bounded pool of its own threads; a silent
 * connection is closed after the idle timeout; bodies are limited. It never touches the screen. A request passes
 * a chain of Jetty handlers, one concern each (metrics, routing, audit, rate limit, authentication), to the
 * endpoint its route names ({@link AgentRoutes}).
 */
public final class AgentServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AgentServer.class);
    /** Failed authentications from one address within the window before it must wait. */
    static final int MAX_FAILURES = 5;
    /** Failures of one and the same wrong secret, from any address, within the window before it must wait. */
    static final int MAX_FAILURES_PER_SECRET = 3;

    static final Duration FAILURE_WINDOW = Duration.ofMinutes(1);

    private final AgentConfig config;
    private final Server server;
    private final ServerConnector connector;
    private final AgentMetrics metrics;
    private final ContentEndpoints contentEndpoints;
    private final BodyWatch bodies;
    private final Routes routes;

    private AgentServer(
            AgentConfig config,
            Server server,
            ServerConnector connector,
            AgentMetrics metrics,
            ContentEndpoints contentEndpoints,
            BodyWatch bodies,
            Routes routes) {
        this.bodies = bodies;
        this.routes = routes;
        this.config = config;
        this.server = server;
        this.connector = connector;
        this.metrics = metrics;
        this.contentEndpoints = contentEndpoints;
    }

    /** Builds the server and its routes; nothing listens until {@link #start()}. */
    public static AgentServer newServer(AgentConfig config, AgentServices services) {
        QueuedThreadPool pool =
                new QueuedThreadPool(config.maxThreads(), 2, 60_000, new BlockingArrayQueue<>(32, 32, 256));
        pool.setName("agent");
        pool.setDaemon(true);
        Server server = new Server(pool);
        server.setStopTimeout(5_000);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        http.setRequestHeaderSize(8 * 1024);
        ServerConnector connector = config.tls()
                .map(tls -> new ServerConnector(server, 1, 1, tlsFactories(tls, http)))
                .orElseGet(() -> new ServerConnector(server, 1, 1, new HttpConnectionFactory(http)));
        connector.setHost(config.bindAddress());
        connector.setPort(config.port());
        connector.setIdleTimeout(config.idleTimeout().toMillis());
        connector.setAcceptQueueSize(64);
        server.addConnector(connector);

        AgentMetrics metrics = new AgentMetrics(services.content(), services.status(), services.bookings());
        BodyWatch bodies = new BodyWatch(config.bodyLimits());
        ContentEndpoints content = new ContentEndpoints(
                services.content(), config.dataDir(), config.maxBundleBytes(), config.maxJsonBytes());
        Routes routes = AgentRoutes.of(services, config, content, metrics::scrape);
        AuthThrottle throttle =
                new AuthThrottle(MAX_FAILURES, MAX_FAILURES_PER_SECRET, FAILURE_WINDOW, services.clock());
        // One handler per concern, outermost first; each sees what the ones before it attached to the request.
        server.setHandler(new MetricsHandler(
                metrics.registry(),
                new RoutingHandler(
                        routes,
                        new AuditHandler(
                                services.audit(),
                                services.clock(),
                                new RateLimitHandler(
                                        throttle,
                                        services.tokens(),
                                        new AuthenticationHandler(services.tokens(), new EndpointHandler(bodies)))))));
        server.setErrorHandler(new JsonErrorHandler());
        return new AgentServer(config, server, connector, metrics, content, bodies, routes);
    }

    private static ConnectionFactory[] tlsFactories(AgentConfig.Tls tls, HttpConfiguration http) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keyStore().toString());
        ssl.setKeyStorePassword(tls.keyStorePassword());
        ssl.setKeyStoreType("PKCS12");
        tls.trustStore().ifPresent(t -> {
            ssl.setTrustStorePath(t.toString());
            ssl.setTrustStorePassword(tls.trustStorePassword());
            ssl.setTrustStoreType("PKCS12");
        });
        ssl.setNeedClientAuth(tls.requireClientCert());
        http.addCustomizer(new SecureRequestCustomizer());
        return new ConnectionFactory[] {new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(http)};
    }

    /** Starts listening and writes the port actually bound to {@code DATA_DIR/agent.port}. */
    public AgentServer start() throws Exception {
        contentEndpoints.removeLeftovers();
        server.start();
        AtomicFiles.write(portFile(), (port() + "\n").getBytes(StandardCharsets.US_ASCII));
        LOG.info("Agent listening on {}", uri());
        return this;
    }

    public int port() {
        return connector.getLocalPort();
    }

    public URI uri() {
        String host = config.bindAddress().contains(":") ? "[" + config.bindAddress() + "]" : config.bindAddress();
        return URI.create((config.tls().isPresent() ? "https" : "http") + "://" + host + ":" + port());
    }

    /** Every route this agent serves. */
    Routes routes() {
        return routes;
    }

    Path portFile() {
        return config.dataDir().resolve(AgentConfig.PORT_FILE);
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            bodies.close();
            metrics.close();
            try {
                Files.deleteIfExists(portFile());
            } catch (IOException e) {
                LOG.warn("Could not remove {}: {}", portFile(), e.getMessage());
            }
        }
    }
}
