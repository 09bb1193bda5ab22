package org.legalkiosk.kiosk.service.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.kiosk.testing.TestKiosk;

/** The request's own checks, and that a kept request is exactly one outbox row with the fields the hub reads. */
class OutboxCallbackRequestsTest {

    @TempDir
    Path dir;

    @Test
    void aRequestIsOneOutboxEventWithTopicPhoneAndTime() {
        BookingStore store = BookingStore.open(dir, new Random(1), TestKiosk.CLOCK);
        new OutboxCallbackRequests(store, TestKiosk.CLOCK).submit(new CallbackRequest("loan", "13912345678", "en"));
        var pending = store.outboxPending();
        assertEquals(1, pending.size());
        assertEquals("callback.requested", pending.get(0).type());
        String payload = pending.get(0).payload();
        assertTrue(payload.contains("\"topic\":\"loan\""), payload);
        assertTrue(payload.contains("\"phone\":\"13912345678\""), payload);
        assertTrue(payload.contains("\"idempotencyKey\":\"" + pending.get(0).idempotencyKey() + "\""), payload);
    }

    @Test
    void aMalformedRequestIsRefusedWithoutShowingTheNumber() {
        var bad = assertThrows(IllegalArgumentException.class, () -> new CallbackRequest("loan", "23912345678", "zh"));
        assertFalse(bad.getMessage().contains("23912345678"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CallbackRequest("weather", "13912345678", "zh"));
        assertFalse(new CallbackRequest("loan", "13912345678", "zh").toString().contains("12345678"));
    }

    @Test
    void noStoreMeansNoEntryAndNoSilentLoss() {
        assertFalse(CallbackRequests.NONE.available());
        assertThrows(
                IllegalStateException.class,
                () -> CallbackRequests.NONE.submit(new CallbackRequest("loan", "13912345678", "zh")));
    }
}
