package org.legalkiosk.content.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code pin.json} in the store: an administrator rolled back, so the kiosk stays on that version until the pin is
 * lifted or a version newer than the one rolled back from arrives (docs/decisions/0019-rollback-pins-the-terminal.md).
 * Without it, the next pull
 * or USB stick would quietly bring back the very version the admin rolled back from.
 *
 * @param version        the version the admin chose
 * @param rolledBackFrom the highest version any rollback in this pin left; only newer bundles are taken
 * @param since          when the pin was set
 */
public record VersionPin(long version, long rolledBackFrom, Instant since) {

    static final String FILE_NAME = "pin.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether a bundle of {@code version} may replace the pinned one. */
    public boolean admits(long bundleVersion) {
        return bundleVersion > rolledBackFrom;
    }

    /** The pin in the store under {@code root}, read without holding the store (for the status report). */
    public static Optional<VersionPin> read(Path root) throws IOException {
        Path file = root.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode n = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        if (n == null
                || !n.path("version").canConvertToLong()
                || !n.path("rolledBackFrom").canConvertToLong()) {
            throw new IOException(file + " is not a pin record");
        }
        return Optional.of(new VersionPin(
                n.get("version").asLong(),
                n.get("rolledBackFrom").asLong(),
                n.hasNonNull("since") ? Instant.parse(n.get("since").asText()) : null));
    }

    void write(Path root) throws IOException {
        var n = JSON.createObjectNode();
        n.put("version", version);
        n.put("rolledBackFrom", rolledBackFrom);
        n.put("since", since == null ? null : since.toString());
        Durable.writeAtomically(root.resolve(FILE_NAME), JSON.writeValueAsBytes(n));
    }

    static void clear(Path root) throws IOException {
        if (Files.deleteIfExists(root.resolve(FILE_NAME))) {
            Durable.forceDirectory(root);
        }
    }
}
