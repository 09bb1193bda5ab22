package org.legalkiosk.content.bundle;

import static org.legalkiosk.content.bundle.BundleException.Reason.BAD_SIGNATURE;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The content of {@code manifest.sig}: an Ed25519 signature over the exact bytes of {@code manifest.json}, and
 * the id of the key that made it, so a kiosk trusting several keys (during a rotation) knows which to use.
 */
public record ManifestSignature(String algorithm, String keyId, byte[] signature) {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Set<String> FIELDS = Set.of("algorithm", "keyId", "signature");
    private static final int ED25519_SIGNATURE_BYTES = 64;

    public static ManifestSignature sign(byte[] manifestBytes, SigningKeys.SigningKey key) {
        try {
            Signature signer = Signature.getInstance(SigningKeys.ALGORITHM);
            signer.initSign(key.privateKey());
            signer.update(manifestBytes);
            return new ManifestSignature(SigningKeys.ALGORITHM, key.keyId(), signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the given Ed25519 key: " + e.getMessage(), e);
        }
    }

    public byte[] toBytes() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("algorithm", algorithm);
        node.put("keyId", keyId);
        node.put("signature", Base64.getEncoder().encodeToString(signature));
        return (node.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public static ManifestSignature parse(byte[] bytes) throws BundleException {
        if (bytes.length > BundleLimits.MAX_SIGNATURE_BYTES) {
            throw new BundleException(
                    BAD_SIGNATURE, "manifest.sig is " + bytes.length + " bytes; a signature file is a few hundred");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new BundleException(BAD_SIGNATURE, "manifest.sig is not valid JSON", e);
        }
        if (node == null || !node.isObject()) {
            throw new BundleException(BAD_SIGNATURE, "manifest.sig is not a JSON object");
        }
        for (var it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw new BundleException(
                        BAD_SIGNATURE, "manifest.sig has unknown field '" + ContentPaths.printable(field) + "'");
            }
        }
        String algorithm = node.path("algorithm").asText("");
        if (!SigningKeys.ALGORITHM.equals(algorithm)) {
            throw new BundleException(
                    BAD_SIGNATURE,
                    "manifest.sig uses algorithm '" + ContentPaths.printable(algorithm)
                            + "'; only Ed25519 is accepted");
        }
        String keyId = node.path("keyId").asText("");
        if (!keyId.matches("[0-9a-f]{16}")) {
            throw new BundleException(BAD_SIGNATURE, "manifest.sig has no valid keyId (16 hex digits)");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(node.path("signature").asText(""));
        } catch (IllegalArgumentException e) {
            throw new BundleException(BAD_SIGNATURE, "manifest.sig signature is not valid base64");
        }
        if (signature.length != ED25519_SIGNATURE_BYTES) {
            throw new BundleException(
                    BAD_SIGNATURE,
                    "manifest.sig signature is " + signature.length + " bytes; Ed25519 signatures are 64");
        }
        return new ManifestSignature(algorithm, keyId, signature);
    }
}
