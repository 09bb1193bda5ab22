package org.legalkiosk.kiosk.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A terminal nobody has provisioned says so, instead of reporting a server fault. */
class NotProvisionedPushTest {

    @TempDir
    Path dir;

    private AgentFixture agent;

    @AfterEach
    void stop() throws Exception {
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void aSignedBundleOnATerminalWithoutTrustedKeysIsAnsweredNotProvisioned() throws Exception {
        agent = new AgentFixture(dir.resolve("data"));
        Path bundle = agent.bundles.build(1);
        deleteTree(agent.dataDir.resolve("trusted-keys"));

        HttpResponse<String> push = agent.pushBundle(bundle, agent.publisher);

        assertEquals(409, push.statusCode(), push.body());
        assertEquals("not_provisioned", AgentFixture.body(push).get("error").asText(), push.body());
        assertTrue(AgentFixture.body(push).get("message").asText().contains("legalkiosk provision FILE"), push.body());
    }

    @Test
    void randomBytesOnATerminalWithAnEmptyKeyFolderAreAnsweredNotProvisionedToo() throws Exception {
        agent = new AgentFixture(dir.resolve("data"));
        deleteTree(agent.dataDir.resolve("trusted-keys"));
        Files.createDirectories(agent.dataDir.resolve("trusted-keys"));
        Path junk = Files.write(dir.resolve("junk.zip"), new byte[] {1, 2, 3, 4, 5});

        HttpResponse<String> push = agent.pushBundle(junk, agent.publisher);

        assertEquals(409, push.statusCode(), push.body());
        assertEquals("not_provisioned", AgentFixture.body(push).get("error").asText(), push.body());
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
