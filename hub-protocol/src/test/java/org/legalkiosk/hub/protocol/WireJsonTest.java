package org.legalkiosk.hub.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import org.junit.jupiter.api.Test;

/** The wire configuration is one for the whole process: a caller's mapper cannot change it. */
class WireJsonTest {

    record Pair(String a, int b) {}

    @Test
    void changingTheHandedOutMapperLeavesTheWireAsItWas() throws Exception {
        WireJson.mapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Pair read = WireJson.read("{\"a\":\"x\",\"b\":2,\"newer\":true}".getBytes(), Pair.class);
        assertEquals(new Pair("x", 2), read);
    }
}
