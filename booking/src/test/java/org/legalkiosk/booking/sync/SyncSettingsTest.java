package org.legalkiosk.booking.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncSettingsTest {

    private static final URI COUNTY = URI.create("https://county.example.cn/api/v1/events");

    @TempDir
    Path dir;

    @Test
    void httpsAnywhereAndHttpOnlyOnThisMachineAreAccepted() {
        SyncSettings.defaults(COUNTY, null);
        SyncSettings.defaults(URI.create("http://127.0.0.1:8080/events"), null);
        SyncSettings.defaults(URI.create("http://localhost/events"), null);
        SyncSettings.defaults(URI.create("http://[::1]:9000/events"), null);
    }

    @Test
    void badEndpointsAreRefusedNamingTheSetting() {
        assertRefused("sync.endpoint", URI.create("/api/v1/events"));
        assertRefused("sync.endpoint", URI.create("ftp://county.example.cn/events"));
        assertRefused("must use https", URI.create("http://county.example.cn/events"));
        assertRefused("must use https", URI.create("http://10.0.0.5/events"));
        assertThrows(NullPointerException.class, () -> SyncSettings.defaults(null, null));
    }

    @Test
    void timeoutsAndPollsMustBePositive() {
        Backoff backoff = SyncSettings.DEFAULT_BACKOFF;
        Duration second = Duration.ofSeconds(1);
        assertMessage(
                "sync.connect-timeout", () -> new SyncSettings(COUNTY, null, Duration.ZERO, second, backoff, second));
        assertMessage(
                "sync.request-timeout",
                () -> new SyncSettings(COUNTY, null, second, Duration.ofSeconds(-5), backoff, second));
        assertMessage("sync.idle-poll", () -> new SyncSettings(COUNTY, null, second, second, backoff, null));
    }

    @Test
    void theTokenIsReadTrimmedAndAProblemWithItsFileIsNamed() throws Exception {
        assertEquals(Optional.empty(), SyncSettings.defaults(COUNTY, null).readToken());
        Path token = Files.writeString(dir.resolve("token"), "  abc.DEF-123\n");
        assertEquals(
                Optional.of("abc.DEF-123"), SyncSettings.defaults(COUNTY, token).readToken());

        assertMessage(
                "cannot be read",
                () -> SyncSettings.defaults(COUNTY, dir.resolve("missing")).readToken());
        Path blank = Files.writeString(dir.resolve("blank"), "\n\n");
        assertMessage("is empty", () -> SyncSettings.defaults(COUNTY, blank).readToken());
        Path twoLines = Files.writeString(dir.resolve("two"), "abc\ndef\n");
        assertMessage(
                "more than one", () -> SyncSettings.defaults(COUNTY, twoLines).readToken());
    }

    private static void assertRefused(String expected, URI endpoint) {
        assertMessage(expected, () -> SyncSettings.defaults(endpoint, null));
    }

    private static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
