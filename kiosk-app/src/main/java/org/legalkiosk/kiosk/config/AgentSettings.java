package org.legalkiosk.kiosk.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The {@code agent:} section: how the HTTP agent for remote administration listens (TLS, plain HTTP on a LAN).
 * The command line's {@code --agent-port}/{@code --agent-bind} still win where given.
 *
 * <p>Bearer tokens and the admin's clear booking export cross this connection, so an agent that listens on
 * anything but loopback must speak TLS, unless {@code allowPlainHttp: true} says the network is closed (a county
 * VPN, a hall's own LAN); that choice is logged as a warning at every start.
 *
 * @param bind           address to listen on; null means loopback
 * @param port           TCP port; null means the default
 * @param allowPlainHttp listen without TLS on an address other than loopback (a closed LAN only)
 * @param tls            certificate, key and optional client-certificate trust; null means plain HTTP
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record AgentSettings(String bind, Integer port, Boolean allowPlainHttp, Tls tls)
        implements KioskSettings.Section {

    /** An address or host name, nothing more: no scheme, port, path or spaces. */
    private static final Pattern BIND = Pattern.compile("[A-Za-z0-9.:%_-]{1,253}");

    /** What to tell an operator whose agent would listen in the clear. */
    public static final String HOW_TO_ENABLE_TLS = "add an agent.tls section to kiosk.yaml (keyStore and "
            + "keyStorePasswordFile, relative to the data folder; see docs/security.md), or set agent.allowPlainHttp: "
            + "true if this network is closed to everyone but the county";

    /**
     * TLS for the agent.
     *
     * @param keyStore                    PKCS12 keystore with the agent's certificate and key, relative to DATA_DIR
     * @param keyStorePasswordFile        file holding its password, relative to DATA_DIR
     * @param clientTrustStore            PKCS12 trust store of the client certificates accepted; null for none
     * @param clientTrustStorePasswordFile file holding its password
     * @param requireClientCert           refuse clients without a trusted certificate
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Tls(
            String keyStore,
            String keyStorePasswordFile,
            String clientTrustStore,
            String clientTrustStorePasswordFile,
            Boolean requireClientCert) {

        public boolean requireClientCertOrDefault() {
            return Boolean.TRUE.equals(requireClientCert);
        }

        Optional<String> problem() {
            if (keyStore == null || keyStorePasswordFile == null) {
                return Optional.of("agent.tls needs keyStore and keyStorePasswordFile");
            }
            for (String[] field : new String[][] {
                {"keyStore", keyStore},
                {"keyStorePasswordFile", keyStorePasswordFile},
                {"clientTrustStore", clientTrustStore},
                {"clientTrustStorePasswordFile", clientTrustStorePasswordFile}
            }) {
                Optional<String> problem = relativePathProblem(field[0], field[1]);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            if ((clientTrustStore == null) != (clientTrustStorePasswordFile == null)) {
                return Optional.of("agent.tls.clientTrustStore and clientTrustStorePasswordFile go together");
            }
            if (requireClientCertOrDefault() && clientTrustStore == null) {
                return Optional.of("agent.tls.requireClientCert needs a clientTrustStore: the certificates to accept");
            }
            return Optional.empty();
        }

        private static Optional<String> relativePathProblem(String name, String value) {
            if (value == null) {
                return Optional.empty();
            }
            Path p;
            try {
                p = Path.of(value);
            } catch (RuntimeException e) {
                return Optional.of("agent.tls." + name + " is not a file name: " + value);
            }
            // Relative to DATA_DIR and inside it: a provisioning tool writes these files there, 0600.
            if (value.isBlank() || p.isAbsolute() || p.normalize().startsWith("..")) {
                return Optional.of("agent.tls." + name + " must be a path inside the data folder, not " + value);
            }
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> problem() {
        if (bind != null && !BIND.matcher(bind).matches()) {
            return Optional.of("agent.bind must be an address such as 127.0.0.1 or 10.8.0.21, not '" + bind + "'");
        }
        if (port != null && (port < 0 || port > 65535)) {
            return Optional.of("agent.port must be between 0 and 65535, not " + port);
        }
        if (tls != null) {
            Optional<String> problem = tls.problem();
            if (problem.isPresent()) {
                return problem;
            }
        }
        if (bind != null) {
            return plainHttpRefusal(bind);
        }
        return Optional.empty();
    }

    public boolean allowPlainHttpOrDefault() {
        return Boolean.TRUE.equals(allowPlainHttp);
    }

    /**
     * Why the agent must not listen on {@code address} with these settings: not loopback, no TLS and no explicit
     * {@code allowPlainHttp}. The address may come from the command line rather than from this section.
     */
    public Optional<String> plainHttpRefusal(String address) {
        if (tls != null || allowPlainHttpOrDefault() || isLoopback(address)) {
            return Optional.empty();
        }
        return Optional.of("the agent would listen on " + address + " in plain HTTP, so tokens and bookings would "
                + "cross the network unencrypted; " + HOW_TO_ENABLE_TLS);
    }

    /** The same check when kiosk.yaml has no agent section at all. */
    public static Optional<String> plainHttpRefusal(AgentSettings section, String address) {
        return (section == null ? new AgentSettings(null, null, null, null) : section).plainHttpRefusal(address);
    }

    /**
     * Loopback by its literal or the name {@code localhost}; any other name counts as reachable from outside, as
     * resolving it here would ask DNS what an attacker may answer.
     */
    public static boolean isLoopback(String address) {
        String a = address.strip().toLowerCase(Locale.ROOT);
        if (a.equals("localhost")) {
            return true;
        }
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        if (a.matches("127(\\.\\d{1,3}){3}")) {
            return true;
        }
        return a.equals("::1") || a.equals("0:0:0:0:0:0:0:1");
    }
}
