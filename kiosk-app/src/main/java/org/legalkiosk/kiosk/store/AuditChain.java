package org.legalkiosk.kiosk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hash chain of {@code audit.log} (docs/decisions/0017-audit-log-hash-chain.md): each line carries, in
 * {@code prev}, the SHA-256 of the
 * previous line's bytes as stored (UTF-8, without its newline); the first line carries {@link #GENESIS}. Changing,
 * inserting or removing a line breaks the link to the line after it, unless every later line is rewritten too,
 * which an anchored head (the last line's hash, kept by the county from {@code GET /api/v1/audit}) reveals.
 */
public final class AuditChain {

    /** The {@code prev} of the first line. */
    public static final String GENESIS = "0".repeat(64);

    static final String FIELD = "prev";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What a check of the whole file found.
     *
     * @param lines        lines read
     * @param unchained    lines at the start written before the chain existed (an older kiosk); not verifiable
     * @param head         SHA-256 of the last line, the value to anchor elsewhere; the genesis value for an empty log
     * @param brokenAtLine the first line (1-based) whose link does not hold; 0 when the chain is intact
     * @param problem      what is wrong at that line; null when intact
     */
    public record Report(long lines, long unchained, String head, long brokenAtLine, String problem) {
        public boolean intact() {
            return brokenAtLine == 0;
        }
    }

    private AuditChain() {}

    /** The hash a line's successor must name. */
    public static String hash(String line) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Checks every link of {@code file}; a missing file is an intact, empty log. */
    public static Report verify(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new Report(0, 0, GENESIS, 0, null);
        }
        long number = 0;
        long unchained = 0;
        boolean chained = false;
        String previous = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                number++;
                if (!isJson(line)) {
                    // A write cut off by a power cut: not an entry, but the next line still links to its bytes.
                    previous = line;
                    continue;
                }
                String prev = prevOf(line);
                if (prev == null) {
                    if (chained) {
                        return new Report(
                                number,
                                unchained,
                                null,
                                number,
                                "line " + number + " carries no link to "
                                        + "the line before it: it was added or altered by hand");
                    }
                    unchained++;
                } else {
                    String expected = previous == null ? GENESIS : hash(previous);
                    if (!prev.equals(expected)) {
                        return new Report(
                                number,
                                unchained,
                                null,
                                number,
                                "line " + number + " does not follow "
                                        + "from line " + (number - 1) + ": "
                                        + (number == 1
                                                ? "the first line must start the " + "chain"
                                                : "line " + (number - 1)
                                                        + " was altered, or lines were removed or inserted "
                                                        + "before line " + number));
                    }
                    chained = true;
                }
                previous = line;
            }
        }
        return new Report(number, unchained, previous == null ? GENESIS : hash(previous), 0, null);
    }

    private static boolean isJson(String line) {
        try {
            return JSON.readTree(line) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The link a line carries; null when it carries none (or is not an entry at all). */
    private static String prevOf(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            JsonNode prev = n == null ? null : n.get(FIELD);
            return prev != null && prev.isTextual() ? prev.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
