package org.legalkiosk.hub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.TestBundles;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.HeartbeatReply;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.terminals.TerminalIdentity;

/**
 * A version on the hub rolled out on the console to a pilot group, then to all: each heartbeat reply carries its
 * group's target (with the hub's channel key), and the page counts who reports which version.
 */
class ContentRolloutTest {

    @TempDir
    static Path work;

    private static HubFixture hub;

    @BeforeAll
    static void start() throws Exception {
        hub = new HubFixture();
        hub.hub
                .content()
                .accept(
                        "test",
                        java.nio.file.Files.copy(
                                TestBundles.build(work, 5, hub.countyKey), work.resolve("upload-5.lkb")));
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    private static HeartbeatReply beat(String id, String township, long version) {
        return hub.hub
                .heartbeats()
                .accept(
                        new TerminalIdentity(id, township, township),
                        new HeartbeatRequest("0.1.0", version, List.of(), 0, null, 0, null, 5));
    }

    @Test
    void aVersionGoesToThePilotGroupThenToAllAndProgressIsCounted() throws Exception {
        for (String id : List.of("cg-1", "cg-2")) {
            hub.hub.terminals().enrol(new EnrolRequest(hub.provision(id, "城关镇").enrolCode(), "t"));
        }
        hub.hub.terminals().enrol(new EnrolRequest(hub.provision("sq-1", "石桥镇").enrolCode(), "t"));
        beat("cg-1", "城关镇", 4);
        beat("cg-2", "城关镇", 4);
        beat("sq-1", "石桥镇", 4);

        ConsoleClient admin = new ConsoleClient(hub.server.uri());
        admin.login("admin", HubFixture.PASSWORD);
        admin.get("/content");
        HttpResponse<String> bad =
                admin.post("/content/rollout", Map.of("scope", "pilot", "group", "城关镇", "version", "6"));
        assertEquals(400, bad.statusCode(), "version 6 is not on the hub");
        assertTrue(bad.body().contains("href=\"#version\""));
        HttpResponse<String> noGroup =
                admin.post("/content/rollout", Map.of("scope", "pilot", "group", "没有", "version", "5"));
        assertEquals(400, noGroup.statusCode());
        assertTrue(noGroup.body().contains("href=\"#group\""));
        assertNull(beat("cg-1", "城关镇", 4).content(), "nothing rolled out yet");

        HttpResponse<String> pilot =
                admin.post("/content/rollout", Map.of("scope", "pilot", "group", "城关镇", "version", "5"));
        assertEquals(303, pilot.statusCode());
        HeartbeatReply reply = beat("cg-1", "城关镇", 5); // this one has fetched it meanwhile
        assertEquals("stable", reply.content().channel(), "the bundle's own channel");
        assertEquals(5, reply.content().version());
        assertEquals(
                hub.hub.content().channelKey().publicKeyBase64(),
                reply.content().channelKey());
        assertNull(beat("sq-1", "石桥镇", 4).content(), "the other group is not rolled out yet");

        String page =
                admin.get(pilot.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(page.contains("版本 5 已发给分组 城关镇"), page);
        assertTrue(page.contains("1 / 2"), "one of the pilot group's two terminals is on the target");
        assertTrue(
                page.contains("id=\"count-v5\">1<") && page.contains("id=\"count-v4\">2<"),
                "county-wide: one terminal on 5, two on 4");

        assertEquals(
                303,
                admin.post("/content/rollout", Map.of("scope", "all", "allVersion", "5"))
                        .statusCode());
        assertEquals(5, beat("sq-1", "石桥镇", 4).content().version(), "now every group");
        assertTrue(hub.hub.audit().recent(20).stream()
                .anyMatch(e ->
                        e.action().equals("content.rollout") && e.actor().equals("admin") && "城关镇".equals(e.target())));
        assertTrue(hub.hub.audit().recent(20).stream()
                .anyMatch(e -> e.action().equals("content.rollout")
                        && "*".equals(e.target())
                        && e.detail().contains("all 2 groups")));

        ConsoleClient officer = new ConsoleClient(hub.server.uri());
        officer.login("officer", HubFixture.PASSWORD);
        String officerPage = officer.get("/content").body();
        assertTrue(officerPage.contains("城关镇") && !officerPage.contains(">石桥镇<"), "an officer sees their groups");
        assertTrue(
                !officerPage.contains("pilot-button") && !officerPage.contains("upload-button"),
                "and can neither roll out nor upload");
        assertEquals(
                403,
                officer.post("/content/rollout", Map.of("scope", "all", "allVersion", "5"))
                        .statusCode());
    }
}
