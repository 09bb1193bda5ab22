package org.legalkiosk.kiosk.provision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.legalkiosk.kiosk.config.TerminalSettings;

/**
 * What the county sends to set up one terminal (YAML; every field below is required except {@code tls}, and
 * unknown fields are errors, so a typo cannot leave a setting out):
 * <pre>
 * terminal: {id: gx-lc-0421, name: 龙村村委会, office: 龙村镇司法所}
 * trustedKeys: ["-----BEGIN PUBLIC KEY-----\n...\n-----END PUBLIC KEY-----\n"]
 * agent: {countyToken: ...}                # the county's admin token for this terminal's agent
 * sync: {endpoint: https://..., token: ...}
 * pull: {channel: https://.../channel.json}
 * tls: {keyStore: BASE64-PKCS12, keyStorePassword: ..., clientTrustStore: ..., clientTrustStorePassword: ...,
 *       requireClientCert: true}
 * </pre>
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ProvisioningFile(
        TerminalSettings terminal, List<String> trustedKeys, Agent agent, Sync sync, Pull pull, Tls tls) {

    /** @param countyToken the bearer secret the county's tools use for this terminal; stored only as a hash */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Agent(String countyToken) {}

    /** @param endpoint where bookings are delivered; @param token its bearer token */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Sync(String endpoint, String token) {}

    /** @param channel the channel.json this terminal polls for new content */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Pull(String channel) {}

    /** The agent's certificate and key, and optionally the client certificates it trusts, as base64 PKCS12. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Tls(
            String keyStore,
            String keyStorePassword,
            String clientTrustStore,
            String clientTrustStorePassword,
            Boolean requireClientCert) {}

    /** Reads a provisioning file; an unreadable file, bad YAML or an unknown field is refused with the reason. */
    public static ProvisioningFile read(Path file) throws ProvisioningException {
        if (!Files.isRegularFile(file)) {
            throw new ProvisioningException(file.toString(), List.of("not a readable file"));
        }
        ObjectMapper yaml =
                new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            ProvisioningFile parsed = yaml.readValue(file.toFile(), ProvisioningFile.class);
            if (parsed == null) {
                throw new ProvisioningException(file.toString(), List.of("the file is empty"));
            }
            return parsed;
        } catch (IOException e) {
            String first = e.getMessage() == null
                    ? "unreadable"
                    : e.getMessage().lines().findFirst().orElse("unreadable");
            throw new ProvisioningException(file.toString(), List.of(first));
        }
    }
}
