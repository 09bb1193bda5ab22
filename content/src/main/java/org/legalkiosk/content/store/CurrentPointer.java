package org.legalkiosk.content.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.legalkiosk.content.source.PathParts;

/**
 * The {@code current} file: the number of the active version, replaced atomically so a reader (or a restart after
 * a power cut) sees the old number or the new one, never a torn write.
 */
final class CurrentPointer {

    private final Path file;

    CurrentPointer(Path file) {
        this.file = file;
    }

    OptionalLong read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return OptionalLong.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.US_ASCII).trim();
        if (!text.matches("[1-9][0-9]{0,17}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(text));
    }

    void switchTo(long version) throws IOException {
        Durable.writeAtomically(file, (version + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    void clear() throws IOException {
        Files.deleteIfExists(file);
        Durable.forceDirectory(PathParts.parent(file));
    }
}
