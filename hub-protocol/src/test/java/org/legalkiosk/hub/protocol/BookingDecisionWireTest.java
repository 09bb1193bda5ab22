package org.legalkiosk.hub.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * A decision's list reason on the wire (docs/decisions/0095): carried by name beside the Chinese text, and both ways
 * compatible: a decision from a hub before the field reads with none, and one from a newer hub reads on a kiosk that
 * knows nothing of it (which ignores unknown fields; here, the record from the old shape's fields).
 */
class BookingDecisionWireTest {

    private static final Instant AT = Instant.parse("2026-12-02T01:00:00Z");

    record OldShape(long seq, String code, String decision, String reason, Instant decidedAt) {}

    @Test
    void theReasonCodeAndWordsTravelAndAnOldHubsDecisionReadsWithout() {
        BookingDecision sent = new BookingDecision(7, "4KD7QX", "CANCELLED", "司法所当天不办公：停电", "OFFICE_CLOSED", "停电", AT);
        byte[] json = WireJson.write(sent);
        assertEquals(sent, WireJson.read(json, BookingDecision.class));

        String old = "{\"seq\":7,\"code\":\"4KD7QX\",\"decision\":\"CANCELLED\",\"reason\":\"重复预约\","
                + "\"decidedAt\":\"2026-12-02T01:00:00Z\"}";
        BookingDecision read = WireJson.read(old.getBytes(StandardCharsets.UTF_8), BookingDecision.class);
        assertNull(read.reasonCode());
        assertNull(read.reasonWords());
        assertEquals(new BookingDecision(7, "4KD7QX", "CANCELLED", "重复预约", AT), read);
    }

    @Test
    void aKioskThatKnowsOnlyTheOldFieldsReadsANewDecision() {
        byte[] json = WireJson.write(new BookingDecision(7, "4KD7QX", "CANCELLED", "其他原因：路断了", "OTHER", "路断了", AT));
        assertEquals(new OldShape(7, "4KD7QX", "CANCELLED", "其他原因：路断了", AT), WireJson.read(json, OldShape.class));
        byte[] noReason = WireJson.write(new BookingDecision(8, "4KD7QX", "CONFIRMED", null, AT));
        assertFalse(new String(noReason, StandardCharsets.UTF_8).contains("reasonCode"), "no nulls on the wire");
    }

    @Test
    void aReasonCodeIsANameInCapitals() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new BookingDecision(7, "4KD7QX", "CANCELLED", "x", "office closed", null, AT));
    }
}
