package org.legalkiosk.content.bundle;

import static org.legalkiosk.content.bundle.BundleException.Reason.BAD_MANIFEST;
import static org.legalkiosk.content.bundle.BundleException.Reason.TOO_LARGE;
import static org.legalkiosk.content.bundle.BundleException.Reason.UNSAFE_PATH;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The manifest's JSON form. Writing produces the bytes that get signed and stored as they are; reading is
 * strict (unknown or duplicate fields, bad hashes, unsafe paths and sizes over the limits are refused) and is
 * only ever done on bytes whose signature has already been checked.
 */
public final class ManifestJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final Set<String> FIELDS =
            Set.of("format", "bundleId", "channel", "version", "label", "created", "minAppVersion", "base", "files");
    private static final Set<String> FILE_FIELDS = Set.of("path", "sha256", "size", "mediaType");
    private static final Set<String> BASE_FIELDS = Set.of("version", "manifestSha256");

    private ManifestJson() {}

    public static byte[] write(BundleManifest m) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", m.format());
        root.put("bundleId", m.bundleId());
        root.put("channel", m.channel());
        root.put("version", m.version());
        root.put("label", m.label());
        root.put("created", m.created().toString());
        root.put("minAppVersion", m.minAppVersion());
        m.base().ifPresent(b -> {
            ObjectNode base = root.putObject("base");
            base.put("version", b.version());
            base.put("manifestSha256", b.manifestSha256());
        });
        ArrayNode files = root.putArray("files");
        for (ManifestEntry f : m.files()) {
            ObjectNode file = files.addObject();
            file.put("path", f.path());
            file.put("sha256", f.sha256());
            file.put("size", f.size());
            file.put("mediaType", f.mediaType());
        }
        try {
            return (MAPPER.writeValueAsString(root) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    public static BundleManifest read(byte[] bytes, BundleLimits limits) throws BundleException {
        if (bytes.length > limits.maxManifestBytes()) {
            throw new BundleException(
                    TOO_LARGE,
                    "manifest is " + bytes.length + " bytes, over the limit of " + limits.maxManifestBytes());
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new BundleException(BAD_MANIFEST, "manifest is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new BundleException(BAD_MANIFEST, "manifest cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new BundleException(BAD_MANIFEST, "manifest is not a JSON object");
        }
        onlyFields(root, FIELDS, "manifest");
        int format = (int) integer(root, "format", 1, Integer.MAX_VALUE);
        if (format != BundleManifest.FORMAT) {
            throw new BundleException(
                    BAD_MANIFEST,
                    "manifest format " + format + " is not supported (this kiosk reads " + BundleManifest.FORMAT + ")");
        }
        String bundleId = text(root, "bundleId", "[A-Za-z0-9._-]{1,100}");
        String channel = text(root, "channel", "[a-z0-9-]{1,40}");
        long version = integer(root, "version", 1, Long.MAX_VALUE);
        String label = text(root, "label", "[^\\p{Cntrl}]{1,100}");
        Instant created;
        try {
            created = Instant.parse(text(root, "created", ".{1,40}"));
        } catch (DateTimeParseException e) {
            throw new BundleException(BAD_MANIFEST, "manifest field 'created' is not an ISO-8601 instant");
        }
        String minApp = text(root, "minAppVersion", "[0-9]+(\\.[0-9]+){0,3}([-.][A-Za-z0-9]+)?");
        Optional<BaseReference> base = Optional.empty();
        if (root.has("base")) {
            JsonNode b = root.get("base");
            if (!b.isObject()) {
                throw new BundleException(BAD_MANIFEST, "manifest field 'base' is not an object");
            }
            onlyFields(b, BASE_FIELDS, "base");
            long baseVersion = integer(b, "version", 1, Long.MAX_VALUE);
            if (baseVersion >= version) {
                throw new BundleException(
                        BAD_MANIFEST, "delta base version " + baseVersion + " is not older than " + version);
            }
            base = Optional.of(new BaseReference(baseVersion, text(b, "manifestSha256", "[0-9a-f]{64}")));
        }
        return new BundleManifest(
                format, bundleId, channel, version, label, created, minApp, base, files(root.get("files"), limits));
    }

    private static List<ManifestEntry> files(JsonNode node, BundleLimits limits) throws BundleException {
        if (node == null || !node.isArray()) {
            throw new BundleException(BAD_MANIFEST, "manifest field 'files' is missing or not a list");
        }
        if (node.size() > limits.maxFiles()) {
            throw new BundleException(
                    TOO_LARGE, "manifest lists " + node.size() + " files, over the limit of " + limits.maxFiles());
        }
        List<ManifestEntry> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (JsonNode f : node) {
            if (!f.isObject()) {
                throw new BundleException(BAD_MANIFEST, "an entry of 'files' is not an object");
            }
            onlyFields(f, FILE_FIELDS, "file entry");
            String path = text(f, "path", ".{1,1000}");
            Optional<String> unsafe = ContentPaths.problem(path);
            if (unsafe.isPresent()) {
                throw new BundleException(UNSAFE_PATH, "manifest: " + unsafe.get());
            }
            if (!seen.add(ContentPaths.folded(path))) {
                throw new BundleException(UNSAFE_PATH, "manifest lists '" + path + "' twice (letter case ignored)");
            }
            long size = integer(f, "size", 0, Long.MAX_VALUE);
            if (size > limits.maxFileBytes()) {
                throw new BundleException(
                        TOO_LARGE,
                        "file '" + path + "' is " + size + " bytes, over the limit of " + limits.maxFileBytes());
            }
            total += size;
            if (total > limits.maxTotalBytes()) {
                throw new BundleException(
                        TOO_LARGE, "the files add up to more than the limit of " + limits.maxTotalBytes() + " bytes");
            }
            files.add(new ManifestEntry(
                    path,
                    text(f, "sha256", "[0-9a-f]{64}"),
                    size,
                    text(f, "mediaType", "[a-z]+/[a-z0-9.+-]+(; charset=[a-z0-9-]+)?")));
        }
        checkNoFileIsAFolder(seen);
        return files;
    }

    /** {@code images} and {@code images/a.png} cannot both be files: refuse before materialising trips on it. */
    private static void checkNoFileIsAFolder(Set<String> paths) throws BundleException {
        for (String p : paths) {
            for (int i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) {
                if (paths.contains(p.substring(0, i))) {
                    throw new BundleException(
                            UNSAFE_PATH,
                            "manifest lists '" + p.substring(0, i) + "' as a file and as the folder of '" + p + "'");
                }
            }
        }
    }

    private static void onlyFields(JsonNode node, Set<String> allowed, String what) throws BundleException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new BundleException(
                        BAD_MANIFEST, what + " has unknown field '" + ContentPaths.printable(name) + "'");
            }
        }
    }

    private static String text(JsonNode node, String field, String pattern) throws BundleException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new BundleException(BAD_MANIFEST, "manifest field '" + field + "' is missing or not text");
        }
        if (!value.textValue().matches(pattern)) {
            throw new BundleException(
                    BAD_MANIFEST,
                    "manifest field '" + field + "' has a bad value '" + ContentPaths.printable(value.textValue())
                            + "'");
        }
        return value.textValue();
    }

    private static long integer(JsonNode node, String field, long min, long max) throws BundleException {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new BundleException(BAD_MANIFEST, "manifest field '" + field + "' is missing or not a whole number");
        }
        long v = value.longValue();
        if (v < min || v > max) {
            throw new BundleException(BAD_MANIFEST, "manifest field '" + field + "' is out of range: " + v);
        }
        return v;
    }
}
