package org.legalkiosk.kiosk.provision;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.store.Role;
import org.legalkiosk.kiosk.store.TokenStore;

/**
 * Applies a {@link ProvisioningFile} to a data directory, all or nothing. Everything is first checked and
 * written into {@code DATA_DIR/.provisioning/}, beside the live files and on the same disk; only when every
 * check has passed are the staged files moved into place, {@code kiosk.yaml} last, each move atomic. A refused
 * file, a full disk or a bad key therefore changes nothing the kiosk reads.
 *
 * <p>What lands where: {@code trusted-keys/KEYID.pub} (the set replaces the old one), {@code sync-token} and
 * {@code tls/*} (mode 0600), the county token as a hash in {@code agent-tokens.json} (named
 * {@value #COUNTY_TOKEN_NAME}, replacing an earlier one), and in {@code kiosk.yaml} the {@code terminal},
 * {@code pull}, {@code sync} and {@code agent.tls} sections; its other settings (devices, timeouts) are kept.
 */
public final class Provisioner {

    public static final String COUNTY_TOKEN_NAME = "county";
    static final String STAGING = ".provisioning";
    static final String TRUSTED_KEYS = "trusted-keys";
    static final String SYNC_TOKEN = "sync-token";
    static final String TLS = "tls";
    private static final int MIN_TOKEN = 16;
    private static final int MAX_TOKEN = 256;

    private final Path dataDir;
    private final Clock clock;

    public Provisioner(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** What was set, for the operator. */
    public record Outcome(String terminalId, List<String> keyIds, boolean tls) {}

    public Outcome apply(Path file) throws ProvisioningException, IOException {
        ProvisioningFile p = ProvisioningFile.read(file);
        Path staging = dataDir.resolve(STAGING);
        deleteTree(staging);
        Files.createDirectories(staging);
        try {
            List<String> problems = new ArrayList<>();
            checkFields(p, problems);
            List<String> keyIds = problems.isEmpty() ? stageKeys(p, staging, problems) : List.of();
            if (problems.isEmpty() && p.tls() != null) {
                stageTls(p.tls(), staging.resolve(TLS), problems);
            }
            if (problems.isEmpty()) {
                writeSecret(staging.resolve(SYNC_TOKEN), p.sync().token() + "\n");
                stageSettings(p, staging, problems);
            }
            if (problems.isEmpty()) {
                readableTokens(problems);
            }
            if (!problems.isEmpty()) {
                throw new ProvisioningException(file.toString(), problems);
            }
            commit(p, staging);
            return new Outcome(p.terminal().id(), keyIds, p.tls() != null);
        } finally {
            deleteTree(staging);
        }
    }

    private static void checkFields(ProvisioningFile p, List<String> problems) {
        if (p.terminal() == null) {
            problems.add("terminal is required: id, name and office");
        } else {
            p.terminal().problem().ifPresent(problems::add);
        }
        if (p.trustedKeys() == null || p.trustedKeys().isEmpty()) {
            problems.add("trustedKeys is required: the public keys (PEM) whose content bundles this terminal accepts");
        }
        if (p.agent() == null) {
            problems.add("agent.countyToken is required");
        } else {
            token("agent.countyToken", p.agent().countyToken()).ifPresent(problems::add);
        }
        if (p.sync() == null) {
            problems.add("sync is required: endpoint and token");
        } else {
            endpoint(p.sync().endpoint()).ifPresent(problems::add);
            token("sync.token", p.sync().token()).ifPresent(problems::add);
        }
        if (p.pull() == null) {
            problems.add("pull.channel is required");
        } else {
            new KioskSettings.Pull(p.pull().channel(), null, null).problem().ifPresent(problems::add);
        }
    }

    private static Optional<String> token(String field, String value) {
        if (value == null || value.length() < MIN_TOKEN || value.length() > MAX_TOKEN || !value.matches("\\S+")) {
            return Optional.of(field + " is required: " + MIN_TOKEN + " to " + MAX_TOKEN + " characters, no spaces");
        }
        return Optional.empty();
    }

    private static Optional<String> endpoint(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("sync.endpoint is required: the https URL bookings are delivered to");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost());
            if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http") && loopback)) {
                return Optional.of("sync.endpoint must be an https URL (http only on loopback), not " + url);
            }
        } catch (URISyntaxException e) {
            return Optional.of("sync.endpoint is not a URL: " + url);
        }
        return Optional.empty();
    }

    private static List<String> stageKeys(ProvisioningFile p, Path staging, List<String> problems) throws IOException {
        Path keys = Files.createDirectories(staging.resolve(TRUSTED_KEYS));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < p.trustedKeys().size(); i++) {
            String pem = p.trustedKeys().get(i);
            Path candidate = keys.resolve("candidate.pub");
            Files.writeString(candidate, pem == null ? "" : pem, StandardCharsets.UTF_8);
            try {
                PublicKey key = SigningKeys.readPublic(candidate);
                String id = SigningKeys.keyId(key);
                Files.move(candidate, keys.resolve(id + ".pub"), StandardCopyOption.REPLACE_EXISTING);
                ids.add(id);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(candidate);
                problems.add("trustedKeys[" + i + "] is not an Ed25519 public key in PEM form");
            }
        }
        return ids;
    }

    private static void stageTls(ProvisioningFile.Tls tls, Path dir, List<String> problems) throws IOException {
        Files.createDirectories(dir);
        Optional<byte[]> keyStore = pkcs12("tls.keyStore", tls.keyStore(), tls.keyStorePassword(), true, problems);
        Optional<byte[]> trust = Optional.empty();
        if (tls.clientTrustStore() != null) {
            trust = pkcs12(
                    "tls.clientTrustStore", tls.clientTrustStore(), tls.clientTrustStorePassword(), false, problems);
        } else if (Boolean.TRUE.equals(tls.requireClientCert())) {
            problems.add("tls.requireClientCert needs tls.clientTrustStore: the client certificates to accept");
        }
        if (!problems.isEmpty()) {
            return;
        }
        writeSecret(dir.resolve("agent.p12"), keyStore.orElseThrow());
        writeSecret(dir.resolve("agent.p12.password"), tls.keyStorePassword() + "\n");
        if (trust.isPresent()) {
            writeSecret(dir.resolve("clients.p12"), trust.get());
            writeSecret(dir.resolve("clients.p12.password"), tls.clientTrustStorePassword() + "\n");
        }
    }

    /** The decoded store when it opens with its password and holds a key (or, for a trust store, a certificate). */
    private static Optional<byte[]> pkcs12(
            String field, String base64, String password, boolean needsKey, List<String> problems) {
        if (base64 == null || password == null) {
            problems.add(field + " and its password are required together");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            problems.add(field + " is not base64");
            return Optional.empty();
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password.toCharArray());
            boolean usable = false;
            for (String alias : Collections.list(store.aliases())) {
                usable |=
                        needsKey ? store.isKeyEntry(alias) : store.isCertificateEntry(alias) || store.isKeyEntry(alias);
            }
            if (!usable) {
                problems.add(field + " holds no " + (needsKey ? "private key" : "certificate"));
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException | GeneralSecurityException e) {
            problems.add(field + " does not open as PKCS12 with its password");
            return Optional.empty();
        }
    }

    /** kiosk.yaml as it will be: the terminal's own settings kept, the provisioned sections set; then checked whole. */
    private void stageSettings(ProvisioningFile p, Path staging, List<String> problems) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        Path current = dataDir.resolve(KioskSettings.FILE_NAME);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (Files.isRegularFile(current)) {
            JsonNode existing = yaml.readTree(current.toFile());
            if (existing != null && existing.isObject()) {
                root = (ObjectNode) existing;
            } else if (existing != null && !existing.isMissingNode()) {
                problems.add(current + " is not a YAML mapping; fix or remove it first");
                return;
            }
        }
        ObjectNode terminal = root.putObject("terminal");
        terminal.put("id", p.terminal().id());
        terminal.put("name", p.terminal().name());
        terminal.put("office", p.terminal().office());
        root.remove("trustedKeys");
        ObjectNode pull = root.has("pull") && root.get("pull").isObject()
                ? (ObjectNode) root.get("pull")
                : root.putObject("pull");
        pull.put("channel", p.pull().channel());
        root.set("pull", pull);
        ObjectNode sync = root.putObject("sync");
        sync.put("endpoint", p.sync().endpoint());
        sync.put("tokenFile", SYNC_TOKEN);
        if (p.tls() != null) {
            ObjectNode agent = root.has("agent") && root.get("agent").isObject()
                    ? (ObjectNode) root.get("agent")
                    : root.putObject("agent");
            ObjectNode tls = agent.putObject("tls");
            tls.put("keyStore", TLS + "/agent.p12");
            tls.put("keyStorePasswordFile", TLS + "/agent.p12.password");
            if (p.tls().clientTrustStore() != null) {
                tls.put("clientTrustStore", TLS + "/clients.p12");
                tls.put("clientTrustStorePasswordFile", TLS + "/clients.p12.password");
            }
            if (p.tls().requireClientCert() != null) {
                tls.put("requireClientCert", p.tls().requireClientCert());
            }
            root.set("agent", agent);
        }
        String text = "# Provisioned by `legalkiosk provision` at " + clock.instant()
                + "; comments of the earlier file are not kept.\n" + yaml.writeValueAsString(root);
        writeSecret(staging.resolve(KioskSettings.FILE_NAME), text);
        try {
            KioskSettings.read(staging);
        } catch (KioskSettings.InvalidSettingsException e) {
            problems.add("the resulting kiosk.yaml would be invalid: "
                    + e.getMessage()
                            .replace(staging.resolve(KioskSettings.FILE_NAME).toString(), "kiosk.yaml"));
        }
    }

    private void readableTokens(List<String> problems) {
        try {
            new TokenStore(dataDir, clock).list();
        } catch (IOException | RuntimeException e) {
            problems.add(dataDir.resolve(TokenStore.FILE_NAME) + " cannot be read: " + e.getMessage());
        }
    }

    private void commit(ProvisioningFile p, Path staging) throws IOException {
        UserPrincipal owner = Files.getOwner(dataDir);
        Path stagedTls = staging.resolve(TLS);
        if (Files.isDirectory(stagedTls)) {
            Path tls = dataDir.resolve(TLS);
            if (!Files.isDirectory(tls)) {
                Files.createDirectory(
                        tls, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                Files.setOwner(tls, owner);
            }
            for (Path f : list(stagedTls)) {
                Files.setOwner(f, owner);
                move(f, tls.resolve(Objects.requireNonNull(f.getFileName()).toString()));
            }
        }
        Path keys = dataDir.resolve(TRUSTED_KEYS);
        Path stagedKeys = staging.resolve(TRUSTED_KEYS);
        for (Path f : list(stagedKeys)) {
            Files.setOwner(f, owner);
        }
        Files.setOwner(stagedKeys, owner);
        if (Files.exists(keys)) {
            Files.move(keys, staging.resolve("old-" + TRUSTED_KEYS), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(stagedKeys, keys, StandardCopyOption.ATOMIC_MOVE);
        Files.setOwner(staging.resolve(SYNC_TOKEN), owner);
        move(staging.resolve(SYNC_TOKEN), dataDir.resolve(SYNC_TOKEN));
        TokenStore tokens = new TokenStore(dataDir, clock);
        tokens.adopt(Role.ADMIN, COUNTY_TOKEN_NAME, p.agent().countyToken());
        Files.setOwner(tokens.file(), owner);
        // Last: a terminal whose kiosk.yaml names it has been provisioned completely.
        Files.setOwner(staging.resolve(KioskSettings.FILE_NAME), owner);
        move(staging.resolve(KioskSettings.FILE_NAME), dataDir.resolve(KioskSettings.FILE_NAME));
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeSecret(Path file, String text) throws IOException {
        writeSecret(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Mode 0600, and on disk before it is moved into place: a power cut cannot leave an empty file behind. */
    private static void writeSecret(Path file, byte[] bytes) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(bytes));
            channel.force(true);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
