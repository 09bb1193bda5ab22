package org.legalkiosk.kiosk.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Optional;

/**
 * The {@code agent:} section: how the HTTP agent for remote administration listens (TLS, plain HTTP on a LAN).
 * The command line's {@code --agent-port}/{@code --agent-bind} still win where given.
 *
 * @param bind           address to listen on; null means loopback
 * @param port           TCP port; null means the default
 * @param allowPlainHttp listen without TLS on an address other than loopback (a closed LAN only)
 * @param tls            certificate, key and optional client-certificate trust; null means plain HTTP
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record AgentSettings(String bind, Integer port, Boolean allowPlainHttp, Tls tls) implements KioskSettings.Section {

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
    public record Tls(String keyStore, String keyStorePasswordFile, String clientTrustStore,
                      String clientTrustStorePasswordFile, Boolean requireClientCert) {
    }

    @Override
    public Optional<String> problem() {
        return Optional.empty();
    }
}
