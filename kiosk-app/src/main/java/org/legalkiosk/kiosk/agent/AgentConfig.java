package org.legalkiosk.kiosk.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.legalkiosk.kiosk.agent.http.BodyLimits;

/**
 * How the agent listens.
 *
 * @param bindAddress  interface to bind, e.g. {@code 127.0.0.1} (demo) or {@code 0.0.0.0}
 * @param port         TCP port; 0 picks a free one, which is then written to {@code DATA_DIR/agent.port}
 * @param dataDir      the kiosk's data directory (port file, temporary uploads)
 * @param tls          TLS settings; empty serves plain HTTP (loopback only, in practice)
 * @param maxBundleBytes largest content bundle accepted by {@code PUT /api/v1/content}
 * @param maxJsonBytes largest JSON body accepted anywhere else
 * @param idleTimeout  a connection silent this long is closed, so a slow client cannot hold a thread
 * @param maxThreads   the bounded request thread pool
 * @param bodyLimits   how fast and how soon a request body must arrive, and how many are read at once
 */
public record AgentConfig(
        String bindAddress,
        int port,
        Path dataDir,
        Optional<Tls> tls,
        long maxBundleBytes,
        int maxJsonBytes,
        Duration idleTimeout,
        int maxThreads,
        BodyLimits bodyLimits) {

    public static final long DEFAULT_MAX_BUNDLE_BYTES = 512L * 1024 * 1024;
    public static final int DEFAULT_MAX_JSON_BYTES = 64 * 1024;
    public static final String PORT_FILE = "agent.port";

    /**
     * A PKCS12 keystore holding the agent's certificate and key.
     *
     * @param trustStore when present with {@code requireClientCert}, clients must show a certificate it trusts
     */
    public record Tls(
            Path keyStore,
            String keyStorePassword,
            Optional<Path> trustStore,
            String trustStorePassword,
            boolean requireClientCert) {
        public Tls {
            Objects.requireNonNull(keyStore, "keyStore");
            Objects.requireNonNull(keyStorePassword, "keyStorePassword");
            trustStore = trustStore == null ? Optional.empty() : trustStore;
        }
    }

    /** The limits before body limits existed: the default body limits. */
    public AgentConfig(
            String bindAddress,
            int port,
            Path dataDir,
            Optional<Tls> tls,
            long maxBundleBytes,
            int maxJsonBytes,
            Duration idleTimeout,
            int maxThreads) {
        this(
                bindAddress,
                port,
                dataDir,
                tls,
                maxBundleBytes,
                maxJsonBytes,
                idleTimeout,
                maxThreads,
                BodyLimits.DEFAULT);
    }

    public AgentConfig {
        bodyLimits = bodyLimits == null ? BodyLimits.DEFAULT : bodyLimits;
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        tls = tls == null ? Optional.empty() : tls;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (maxBundleBytes < 1 || maxJsonBytes < 1) {
            throw new IllegalArgumentException("body limits must be positive");
        }
        if (maxThreads < 8) {
            throw new IllegalArgumentException("Jetty needs at least 8 threads, not " + maxThreads);
        }
    }

    /** Plain HTTP on the given address and port with the default limits. */
    public static AgentConfig plain(String bindAddress, int port, Path dataDir) {
        return new AgentConfig(
                bindAddress,
                port,
                dataDir,
                Optional.empty(),
                DEFAULT_MAX_BUNDLE_BYTES,
                DEFAULT_MAX_JSON_BYTES,
                Duration.ofSeconds(30),
                16);
    }

    public AgentConfig withMaxBundleBytes(long bytes) {
        return new AgentConfig(
                bindAddress, port, dataDir, tls, bytes, maxJsonBytes, idleTimeout, maxThreads, bodyLimits);
    }

    public AgentConfig withTls(Tls tls) {
        return new AgentConfig(
                bindAddress,
                port,
                dataDir,
                Optional.of(tls),
                maxBundleBytes,
                maxJsonBytes,
                idleTimeout,
                maxThreads,
                bodyLimits);
    }

    public AgentConfig withBodyLimits(BodyLimits limits) {
        return new AgentConfig(
                bindAddress, port, dataDir, tls, maxBundleBytes, maxJsonBytes, idleTimeout, maxThreads, limits);
    }
}
