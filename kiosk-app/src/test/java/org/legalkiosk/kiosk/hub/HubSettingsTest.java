package org.legalkiosk.kiosk.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.legalkiosk.kiosk.config.HubSettings;

class HubSettingsTest {

    private static String problem(String url, String tokenFile, Integer seconds) {
        return new HubSettings(url, tokenFile, seconds).problem().orElse("");
    }

    @Test
    void httpsOrLoopbackHttpIsAccepted() {
        assertEquals("", problem("https://hub.example.gov.cn/", null, null));
        assertEquals("", problem("http://127.0.0.1:8480", "hub-token", 30));
        assertEquals(
                "https://hub.example.gov.cn",
                new HubSettings("https://hub.example.gov.cn/", null, null)
                        .baseUri()
                        .toString());
    }

    @Test
    void everyBadFieldIsNamed() {
        assertTrue(problem(null, null, null).startsWith("hub.url is required"));
        assertTrue(problem("http://hub.example.gov.cn", null, null).contains("https"));
        assertTrue(problem("hub.example.gov.cn", null, null).contains("absolute"));
        assertTrue(problem("https://hub.example.gov.cn?x=1", null, null).contains("query"));
        assertTrue(problem("https://hub.example.gov.cn", "../etc/token", null).startsWith("hub.tokenFile"));
        assertTrue(problem("https://hub.example.gov.cn", "/etc/token", null).startsWith("hub.tokenFile"));
        assertTrue(problem("https://hub.example.gov.cn", null, 5).startsWith("hub.heartbeatSeconds"));
    }
}
