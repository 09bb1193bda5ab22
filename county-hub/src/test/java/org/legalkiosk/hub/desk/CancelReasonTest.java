package org.legalkiosk.hub.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.legalkiosk.booking.domain.OfficeDecision;

/**
 * The desk's cancellation reasons and the kiosk's are one list (docs/decisions/0095): the same names and texts, and
 * a stored reason taken apart into the list reason and the officer's words, whatever the words hold.
 */
class CancelReasonTest {

    @Test
    void theDeskAndTheKioskKnowTheSameReasonsInBothLanguages() {
        assertEquals(OfficeDecision.Reason.values().length, CancelReason.values().length);
        for (CancelReason r : CancelReason.values()) {
            OfficeDecision.Reason kiosk = OfficeDecision.Reason.parse(r.name()).orElseThrow();
            assertEquals(kiosk.zh(), r.zh());
            assertEquals(kiosk.en(), r.en());
        }
    }

    @Test
    void aStoredReasonSplitsBackIntoTheListReasonAndTheWords() {
        for (CancelReason r : CancelReason.values()) {
            assertEquals(
                    Optional.of(new CancelReason.Parts(r, "路断了：明天再说")), CancelReason.split(r.withExtra(" 路断了：明天再说 ")));
            if (r != CancelReason.OTHER) {
                assertEquals(Optional.of(new CancelReason.Parts(r, null)), CancelReason.split(r.withExtra("")));
            }
        }
        assertTrue(CancelReason.split("停电了").isEmpty(), "a text not from the list is sent as it is");
        assertTrue(CancelReason.split(null).isEmpty());
    }
}
