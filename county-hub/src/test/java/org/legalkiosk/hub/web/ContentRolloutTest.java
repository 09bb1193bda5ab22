package org.legalkiosk.hub.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.HeartbeatReply;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.terminals.TerminalIdentity;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A content target set on the console reaches the pilot group's terminals, and the page counts who is on it. */
class ContentRolloutTest {

    private static HubFixture hub;

    @BeforeAll
    static void start() throws Exception {
        hub = new HubFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    private static HeartbeatReply beat(String id, String township, long version) {
        return hub.hub.heartbeats().accept(new TerminalIdentity(id, township, township),
                new HeartbeatRequest("0.1.0", version, List.of(), 0, null, 0, null, 5));
    }

    @Test
    void aTargetSetForOneGroupReachesOnlyItsTerminalsAndProgressIsCounted() throws Exception {
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
        HttpResponse<String> bad = admin.post("/content/target", Map.of("group", "城关镇", "channel", "Bad Channel",
                "version", "-1"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("href=\"#channel\"") && bad.body().contains("href=\"#version\""));
        assertEquals(303, admin.post("/content/target", Map.of("group", "城关镇", "channel", "county",
                "version", "5")).statusCode());

        HeartbeatReply reply = beat("cg-1", "城关镇", 5);
        assertEquals("county", reply.content().channel());
        assertEquals(5, reply.content().version());
        assertEquals(null, beat("sq-1", "石桥镇", 4).content(), "the other group is not rolled out yet");

        String page = admin.get("/content").body();
        assertTrue(page.contains("1 / 2"), "one of the pilot group's two terminals is on the target");
        assertTrue(hub.hub.audit().recent(20).stream().anyMatch(e -> e.action().equals("group.content-target")
                && e.actor().equals("admin") && "county v5".equals(e.detail())));

        ConsoleClient officer = new ConsoleClient(hub.server.uri());
        officer.login("officer", HubFixture.PASSWORD);
        String officerPage = officer.get("/content").body();
        assertTrue(officerPage.contains("城关镇") && !officerPage.contains(">石桥镇<"), "an officer sees their groups");
        assertTrue(!officerPage.contains("set-target-button"), "and cannot set a target");
    }
}
