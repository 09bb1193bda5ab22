package org.legalkiosk.content.channel;

import static org.legalkiosk.content.bundle.BundleException.Reason.BAD_MANIFEST;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.legalkiosk.content.bundle.BundleException;

/**
 * {@code channel.json}: the newest version a channel offers and where its parts are. Signed in
 * {@code channel.json.sig} exactly like a bundle's manifest, and read only after that signature was checked.
 * URLs may be relative to {@code channel.json} itself, so a channel folder can be copied to any server.
 * One type writes and reads it everywhere: the kiosk's {@code channel publish} and pull mode, and the county hub's
 * channel folder, so the two ends cannot drift apart.
 *
 * @param manifestUrl    the version's {@code manifest.json}
 * @param manifestSha256 its hash: the signed channel pins the exact manifest
 * @param signatureUrl   the version's {@code manifest.sig}, checked again by the content store
 * @param objectsUrl     a folder URL under which each object is {@code <sha256>}
 */
public record ChannelManifest(
        int format,
        String channel,
        long version,
        String label,
        Instant published,
        String manifestUrl,
        String manifestSha256,
        String signatureUrl,
        String objectsUrl) {

    public static final int FORMAT = 1;
    public static final int MAX_BYTES = 16 * 1024;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final Set<String> FIELDS = Set.of(
            "format",
            "channel",
            "version",
            "label",
            "published",
            "manifestUrl",
            "manifestSha256",
            "signatureUrl",
            "objectsUrl");

    /**
     * The document for a channel folder laid out as the county hub keeps it: {@code versions/N/channel.json} beside
     * that version's {@code manifest.json} and {@code manifest.sig}, the shared objects two folders up.
     */
    public static ChannelManifest inVersionFolder(
            String channel, long version, String label, Instant published, String manifestSha256) {
        return new ChannelManifest(
                FORMAT,
                channel,
                version,
                label,
                published,
                "manifest.json",
                manifestSha256,
                "manifest.sig",
                "../../objects/");
    }

    public byte[] toBytes() {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("format", format);
        n.put("channel", channel);
        n.put("version", version);
        n.put("label", label);
        n.put("published", published.toString());
        n.put("manifestUrl", manifestUrl);
        n.put("manifestSha256", manifestSha256);
        n.put("signatureUrl", signatureUrl);
        n.put("objectsUrl", objectsUrl);
        try {
            return (MAPPER.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    /** Strict: unknown or missing fields, bad hashes and URLs that are not http(s) are refused. */
    public static ChannelManifest parse(byte[] bytes) throws BundleException {
        if (bytes.length > MAX_BYTES) {
            throw new BundleException(BAD_MANIFEST, "channel.json is " + bytes.length + " bytes; over " + MAX_BYTES);
        }
        JsonNode n;
        try {
            n = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new BundleException(BAD_MANIFEST, "channel.json is not valid JSON");
        }
        if (n == null || !n.isObject()) {
            throw new BundleException(BAD_MANIFEST, "channel.json is not a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new BundleException(BAD_MANIFEST, "channel.json has an unknown field");
            }
        }
        int format = n.path("format").asInt(-1);
        if (format != FORMAT) {
            throw new BundleException(BAD_MANIFEST, "channel.json format " + format + " is not supported");
        }
        long version = n.path("version").asLong(0);
        if (!n.path("version").isIntegralNumber() || version < 1) {
            throw new BundleException(BAD_MANIFEST, "channel.json has no valid version");
        }
        Instant published;
        try {
            published = Instant.parse(text(n, "published", ".{1,40}"));
        } catch (DateTimeParseException e) {
            throw new BundleException(BAD_MANIFEST, "channel.json field 'published' is not an ISO-8601 instant");
        }
        return new ChannelManifest(
                format,
                text(n, "channel", "[a-z0-9-]{1,40}"),
                version,
                text(n, "label", "[^\\p{Cntrl}]{1,100}"),
                published,
                url(n, "manifestUrl"),
                text(n, "manifestSha256", "[0-9a-f]{64}"),
                url(n, "signatureUrl"),
                url(n, "objectsUrl"));
    }

    /** Where one object of the version is, relative to the channel file's own URL. */
    public URI objectUri(URI channelUri, String sha256) {
        String base = objectsUrl.endsWith("/") ? objectsUrl : objectsUrl + "/";
        return channelUri.resolve(base).resolve(sha256);
    }

    private static String text(JsonNode n, String field, String pattern) throws BundleException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || !v.asText().matches(pattern)) {
            throw new BundleException(BAD_MANIFEST, "channel.json field '" + field + "' is missing or malformed");
        }
        return v.asText();
    }

    private static String url(JsonNode n, String field) throws BundleException {
        String value = text(n, field, "[\\x21-\\x7e]{1,1000}");
        try {
            URI uri = new URI(value);
            if (uri.getScheme() != null
                    && !uri.getScheme().equals("http")
                    && !uri.getScheme().equals("https")) {
                throw new BundleException(BAD_MANIFEST, "channel.json field '" + field + "' is not an http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new BundleException(BAD_MANIFEST, "channel.json field '" + field + "' is not a URL");
        }
        return value;
    }
}
