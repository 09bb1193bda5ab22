package org.legalkiosk.kiosk.cli.fleet;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A targets file: one agent base URL per line ({@code https://kiosk-12.county.example:8421}); {@code #} starts a comment. */
final class Targets {

    private Targets() {}

    static List<URI> read(Path file) throws IOException {
        List<URI> targets = new ArrayList<>();
        int line = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            int hash = raw.indexOf('#');
            String text = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new URISyntaxException(text, "not an http(s) URL with a host");
                }
                targets.add(uri);
            } catch (URISyntaxException e) {
                throw new IOException(file + ":" + line + ": " + e.getMessage());
            }
        }
        if (targets.isEmpty()) {
            throw new IOException(file + " names no targets");
        }
        return targets;
    }

    /** The first non-blank line of the token file; the secret is never printed. */
    static String token(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .findFirst()
                .orElseThrow(() -> new IOException(file + " holds no token"));
    }
}
