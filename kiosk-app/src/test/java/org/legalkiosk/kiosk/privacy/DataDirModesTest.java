package org.legalkiosk.kiosk.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.kiosk.agent.AgentConfig;
import org.legalkiosk.kiosk.agent.AgentServer;
import org.legalkiosk.kiosk.agent.AgentServices;
import org.legalkiosk.kiosk.agent.usb.SignedBundles;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.legalkiosk.kiosk.store.Role;
import org.legalkiosk.kiosk.testing.TestKiosk;

/**
 * Issue 13, finding 8: every file the kiosk writes into its data folder is 0600 and every folder 0700, even when
 * the kiosk was started with a umask that lets everyone read (000 here), and what an older version left readable
 * is narrowed at start.
 */
class DataDirModesTest {

    @TempDir
    Path dir;

    private int inherited;

    @BeforeEach
    void permissiveUmask() {
        OptionalInt before = ProcessUmask.set(0);
        assertTrue(before.isPresent(), "the C library's umask is reachable on this platform");
        inherited = before.getAsInt();
    }

    @AfterEach
    void restoreUmask() {
        ProcessUmask.set(inherited);
    }

    @Test
    void everythingTheKioskWritesIsPrivateWhateverTheUmask() throws Exception {
        assertTrue(ProcessUmask.restrict());
        Path data = dir.resolve("data");

        // Bookings (SQLite with its WAL and shared-memory files, the key), content, tokens, notices, settings, audit.
        try (BookingStore store = BookingStore.open(data)) {
            store.putSchedule(
                    List.of(new Office("o1", "城关镇司法所", "人民路 1 号", "0931-1234567", "9:00-17:30")), List.of(), List.of());
        }
        SignedBundles bundles = new SignedBundles(dir.resolve("bundles"));
        bundles.trustIn(data);
        AgentServices services = AgentServices.forDataDir(data, "0.1.0-SNAPSHOT", TestKiosk.CLOCK);
        String admin = services.tokens().create(Role.ADMIN, "county-admin").secret();
        services.content().apply(bundles.build(1), ContentAdmin.Source.USB);
        try (AgentServer agent = AgentServer.newServer(AgentConfig.plain("127.0.0.1", 0, data), services)
                .start()) {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            for (String[] call : new String[][] {
                {"POST", "/api/v1/notices", "{\"id\":\"flood\",\"title\":{\"zh\":\"暴雨预警\"}}"},
                {"PUT", "/api/v1/config", "{\"idleTimeoutSeconds\":120,\"defaultLanguage\":\"zh\"}"}
            }) {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(agent.uri() + call[1]))
                                .timeout(Duration.ofSeconds(60))
                                .header("Authorization", "Bearer " + admin)
                                .header("Content-Type", "application/json")
                                .method(call[0], HttpRequest.BodyPublishers.ofString(call[2]))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(r.statusCode() / 100 == 2, r.body());
            }
            assertModes(
                    data,
                    List.of(
                            "bookings.db",
                            "booking.key",
                            "agent-tokens.json",
                            "audit.log",
                            "notices.json",
                            "kiosk.yaml",
                            "agent.port",
                            "content/current"));
        }
    }

    @Test
    void filesAnOlderVersionLeftReadableAreNarrowedAtStartButTheStickIsLeftAlone() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path db = Files.writeString(data.resolve("bookings.db"), "x");
        Path logs = Files.createDirectories(data.resolve("logs"));
        Files.writeString(logs.resolve("kiosk.log"), "x");
        Path stick = Files.createDirectories(data.resolve("usb-inbox"));
        Path onStick = Files.writeString(stick.resolve("bundle.lkb"), "x");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(onStick, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertTrue(DataDirPermissions.tighten(data) >= 3);

        assertEquals("rw-------", mode(db));
        assertEquals("rw-------", mode(logs.resolve("kiosk.log")));
        assertEquals("rwx------", mode(logs));
        assertEquals("rw-r--r--", mode(onStick), "a stick's files are the stick's");
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    /** Every file 0600 and folder 0700 under {@code data}, which must hold at least the {@code expected} files. */
    private static void assertModes(Path data, List<String> expected) throws Exception {
        for (String name : expected) {
            assertTrue(Files.exists(data.resolve(name)), name + " was written");
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path p : walk.toList()) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                String want = Files.isDirectory(p) ? "rwx------" : "rw-------";
                checked++;
                if (!mode(p).equals(want)) {
                    wrong.add(data.relativize(p) + " " + mode(p));
                }
            }
        }
        assertTrue(checked > 20, "the walk saw the kiosk's files: " + checked);
        assertEquals(List.of(), wrong, "files or folders readable by others");
    }
}
