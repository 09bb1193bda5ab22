package org.legalkiosk.kiosk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The agent's bearer tokens in {@code DATA_DIR/agent-tokens.json}. Only the SHA-256 of each secret is stored, so
 * the file (or a backup of it) gives no access; a secret is shown once, when it is created. Every check looks at the
 * file's identity, size and modification time and parses it again when any changed (every write replaces it
 * through a rename, so a new inode), so a token created or revoked from the command line counts at once in the
 * running kiosk, while a check of an unchanged file costs one {@code stat}, not a JSON parse (issue 17, item 6).
 */
public final class TokenStore {

    public static final String FILE_NAME = "agent-tokens.json";
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._@-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One token as stored: never the secret. */
    public record TokenInfo(String id, String name, Role role, Instant created, String sha256) {
        public TokenInfo {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
        }
    }

    /** A new token: its secret exists only in this value and in the caller's hands. */
    public record IssuedToken(TokenInfo info, String secret) {}

    private record StoredToken(String id, String name, String role, String created, String sha256) {}

    private final Path file;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public TokenStore(Path dataDir, Clock clock) {
        this.file = dataDir.resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    public synchronized IssuedToken create(Role role, String name) throws IOException {
        Objects.requireNonNull(role, "role");
        if (name != null && !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a token name is 1-64 letters, digits, spaces or ._@-");
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String id = UUID.randomUUID().toString().substring(0, 8);
        TokenInfo info = new TokenInfo(
                id, name == null ? role.wireName() + "-" + id : name, role, clock.instant(), sha256Hex(secret));
        List<TokenInfo> all = new ArrayList<>(read());
        all.add(info);
        write(all);
        return new IssuedToken(info, secret);
    }

    /**
     * Stores a secret chosen elsewhere (the county's token for this terminal, from provisioning) as a token with
     * this name, replacing any earlier token of the same name, so provisioning again does not pile them up. Only
     * its SHA-256 is kept, as for every token.
     */
    public synchronized TokenInfo adopt(Role role, String name, String secret) throws IOException {
        Objects.requireNonNull(role, "role");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a token name is 1-64 letters, digits, spaces or ._@-");
        }
        if (secret == null || secret.length() < 16 || secret.length() > 256) {
            throw new IllegalArgumentException("a token secret is 16 to 256 characters");
        }
        TokenInfo info = new TokenInfo(
                UUID.randomUUID().toString().substring(0, 8), name, role, clock.instant(), sha256Hex(secret));
        List<TokenInfo> all = new ArrayList<>(read());
        all.removeIf(t -> name.equals(t.name()));
        all.add(info);
        write(all);
        return info;
    }

    /** Every token, without secrets, oldest first. */
    public synchronized List<TokenInfo> list() throws IOException {
        return read();
    }

    /** Removes a token; false when no token has that id. */
    public synchronized boolean revoke(String id) throws IOException {
        List<TokenInfo> all = new ArrayList<>(read());
        boolean removed = all.removeIf(t -> t.id().equals(id));
        if (removed) {
            write(all);
        }
        return removed;
    }

    /**
     * The token whose secret this is. Every stored hash is compared in constant time, so the answer's timing says
     * nothing about how close a guess was.
     */
    public Optional<TokenInfo> authenticate(String secret) throws IOException {
        if (secret == null || secret.isEmpty() || secret.length() > 256) {
            return Optional.empty();
        }
        byte[] presented = sha256(secret);
        TokenInfo match = null;
        for (TokenInfo t : read()) {
            byte[] stored = HexFormat.of().parseHex(t.sha256());
            if (MessageDigest.isEqual(presented, stored) && match == null) {
                match = t;
            }
        }
        return Optional.ofNullable(match);
    }

    /** The parsed file, and what the file looked like when it was parsed. */
    private record Snapshot(Object fileKey, FileTime modified, long size, List<TokenInfo> tokens) {
        boolean describes(BasicFileAttributes attrs) {
            return fileKey != null
                    && fileKey.equals(attrs.fileKey())
                    && modified.equals(attrs.lastModifiedTime())
                    && size == attrs.size();
        }
    }

    private volatile Snapshot snapshot;

    private List<TokenInfo> read() throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        if (!attrs.isRegularFile()) {
            return List.of();
        }
        Snapshot known = snapshot;
        if (known != null && known.describes(attrs)) {
            return known.tokens();
        }
        // Parsed after the stat: if the file changes in between, the next stat differs and it is parsed again.
        List<TokenInfo> tokens = parse();
        snapshot = new Snapshot(attrs.fileKey(), attrs.lastModifiedTime(), attrs.size(), tokens);
        return tokens;
    }

    private List<TokenInfo> parse() throws IOException {
        List<StoredToken> stored = json.readValue(file.toFile(), new TypeReference<List<StoredToken>>() {});
        List<TokenInfo> out = new ArrayList<>();
        for (StoredToken s : stored) {
            if (s.sha256() == null || !s.sha256().matches("[0-9a-f]{64}")) {
                throw new IOException(file + ": token " + s.id() + " has no valid sha256");
            }
            out.add(new TokenInfo(
                    s.id(),
                    s.name(),
                    Role.parse(s.role()),
                    s.created() == null ? null : Instant.parse(s.created()),
                    s.sha256()));
        }
        return List.copyOf(out);
    }

    private void write(List<TokenInfo> tokens) throws IOException {
        List<StoredToken> stored = tokens.stream()
                .map(t -> new StoredToken(
                        t.id(),
                        t.name(),
                        t.role().wireName(),
                        t.created() == null ? null : t.created().toString(),
                        t.sha256()))
                .toList();
        AtomicFiles.write(file, json.writeValueAsString(stored).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(String secret) {
        return HexFormat.of().formatHex(sha256(secret));
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
