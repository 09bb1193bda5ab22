package org.legalkiosk.devices.idcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.DeviceState;

/** What every ID-card reader does, so the real driver (over its emulator) and the simulator cannot drift apart. */
abstract class IdCardReaderContract {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Duration SHORT = Duration.ofMillis(300);

    abstract IdCardReader reader();

    abstract void insert(IdCard card);

    abstract void remove();

    abstract void unplug() throws Exception;

    @Test
    void readsTheCardPlacedOnTheReader() throws Exception {
        insert(SampleCards.resident());
        assertEquals(Optional.of(SampleCards.resident()), reader().read(WAIT));
    }

    @Test
    void returnsNothingWhenNoCardIsPlacedBeforeTheTimeout() throws Exception {
        assertEquals(Optional.empty(), reader().read(SHORT));
    }

    @Test
    void doesNotReadACardLeftOnTheReaderTwice() throws Exception {
        insert(SampleCards.openEnded());
        assertTrue(reader().read(WAIT).isPresent());
        assertEquals(Optional.empty(), reader().read(SHORT));
    }

    @Test
    void seesTheCardLeaveAndTheNextCardArrive() throws Exception {
        insert(SampleCards.resident());
        assertTrue(reader().read(WAIT).isPresent());
        remove();
        assertTrue(reader().awaitRemoval(WAIT));
        insert(SampleCards.hongKongPermit());
        assertEquals(Optional.of(SampleCards.hongKongPermit()), reader().read(WAIT));
    }

    @Test
    void reportsAnUnpluggedReaderAsDisconnected() throws Exception {
        assertEquals(DeviceState.READY, reader().status().state());
        unplug();
        IdCardReaderException e = assertThrows(IdCardReaderException.class, () -> reader().read(WAIT));
        assertEquals(IdCardReaderException.Reason.DISCONNECTED, e.reason());
        assertEquals(DeviceState.DISCONNECTED, reader().status().state());
    }
}
