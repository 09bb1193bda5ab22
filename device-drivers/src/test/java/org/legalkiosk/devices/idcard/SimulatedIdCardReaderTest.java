package org.legalkiosk.devices.idcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;

class SimulatedIdCardReaderTest extends IdCardReaderContract {

    private final SimulatedIdCardReader reader = new SimulatedIdCardReader("idcard");

    @AfterEach
    void close() {
        reader.close();
    }

    @Override
    IdCardReader reader() {
        return reader;
    }

    @Override
    void insert(IdCard card) {
        reader.insert(card);
    }

    @Override
    void remove() {
        reader.remove();
    }

    @Override
    void unplug() {
        reader.unplug();
    }

    @Test
    void aCardFaultFailsTheReadButLeavesTheReaderReady() {
        reader.fault(SamStatus.READ_FAILED);
        reader.insert(SampleCards.resident());
        IdCardReaderException e = assertThrows(IdCardReaderException.class, () -> reader.read(WAIT));
        assertEquals(IdCardReaderException.Reason.CARD_UNREADABLE, e.reason());
        assertEquals(DeviceState.READY, reader.status().state());
    }

    @Test
    void aSamFaultAndAnUnplugAreAnnouncedToListenersAndClearedAgain() {
        List<DeviceStatus> seen = new CopyOnWriteArrayList<>();
        reader.addListener(seen::add);
        reader.fault(SamStatus.SAM_SELF_TEST_FAILED);
        reader.fault(null);
        reader.unplug();
        reader.plugIn();
        assertEquals(
                List.of(DeviceState.NEEDS_ATTENTION, DeviceState.READY, DeviceState.DISCONNECTED, DeviceState.READY),
                seen.stream().map(DeviceStatus::state).toList());
        assertEquals("sam-fault", seen.get(0).reason());
    }

    @Test
    void aReadWaitingForACardReturnsItWhenItIsPlaced() throws Exception {
        Thread placer = new Thread(() -> reader.insert(SampleCards.resident()));
        placer.start();
        assertTrue(reader.read(WAIT).isPresent());
        placer.join();
    }
}
