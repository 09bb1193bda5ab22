package org.legalkiosk.devices.smartcard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.smartcard.SmartCardException.Reason;

class SimulatedSmartCardReaderTest {

    private static final Atr ATR = Atr.ofHex("3B 8F 80 01 80 4F 0C A0 00 00 03 06 03 00 01 00 00 00 00 6A");
    private static final Aid BANK = Aid.ofHex("A0 00 00 03 33 01 01 01");

    private final SimulatedSmartCardReader reader = new SimulatedSmartCardReader("ic-card", Clock.systemUTC());
    private final CardEvents events = new CardEvents();

    private static SimulatedCard bankCard() {
        return SimulatedCard.withAtr(ATR)
                .application(BANK, Hex.parse("6F 03 84 01 AA"))
                .answer("00 A4 04 00 0F 73 78 31 2E 73 68 2E C9 E7 BB E1 B1 A3 D5 CF 00", ResponseApdu.status(0x6982))
                .build();
    }

    @Test
    void placingACardTellsListenersItsAtrAndSelectReturnsTheFci() throws Exception {
        reader.addCardListener(events);
        assertEquals(DeviceKind.SMART_CARD_READER, reader.kind());
        assertEquals(Optional.empty(), reader.card());
        reader.insert(bankCard());
        assertEquals("inserted " + ATR.hex(), events.next());
        assertEquals(Optional.of(ATR), reader.card());
        ResponseApdu fci = reader.select(BANK);
        assertArrayEquals(Hex.parse("6F 03 84 01 AA"), fci.data());
        assertEquals(List.of("00A4040008A00000033301010100"), reader.sent());
    }

    @Test
    void anApplicationTheCardDoesNotHaveIsNotFound() {
        reader.insert(bankCard());
        SmartCardException e = assertThrows(SmartCardException.class, () -> reader.select(Aid.ofHex("D1 56 00 00 01")));
        assertEquals(Reason.NOT_FOUND, e.reason());
        assertEquals(0x6A82, e.statusWord().getAsInt());
    }

    @Test
    void aScriptedRefusalComesBackAsAccessDenied() {
        reader.insert(bankCard());
        SmartCardException e = assertThrows(SmartCardException.class, () -> reader.select(Aid.SOCIAL_SECURITY));
        assertEquals(Reason.ACCESS_DENIED, e.reason());
    }

    @Test
    void unknownCommandsAreNotSupportedByTheCard() {
        reader.insert(bankCard());
        SmartCardException e =
                assertThrows(SmartCardException.class, () -> reader.transmit(Hex.parse("80 CA 9F 13 00")));
        assertEquals(Reason.REJECTED, e.reason());
        assertEquals(0x6D00, e.statusWord().getAsInt());
    }

    @Test
    void takingTheCardOutTellsListenersAndCommandsFindNoCard() throws Exception {
        reader.addCardListener(events);
        reader.insert(bankCard());
        events.next();
        reader.remove();
        assertEquals("removed", events.next());
        assertEquals(
                Reason.NO_CARD,
                assertThrows(SmartCardException.class, () -> reader.select(BANK))
                        .reason());
        reader.remove();
        assertTrue(events.isEmpty(), "removing from an empty slot says nothing");
    }

    @Test
    void unpluggingDisconnectsAndPlugInBringsTheCardBack() throws Exception {
        reader.addCardListener(events);
        reader.insert(bankCard());
        events.next();
        reader.unplug();
        assertEquals("removed", events.next());
        assertEquals(DeviceState.DISCONNECTED, reader.status().state());
        assertEquals(
                Reason.DISCONNECTED,
                assertThrows(SmartCardException.class, () -> reader.select(BANK))
                        .reason());
        reader.plugIn();
        assertEquals("inserted " + ATR.hex(), events.next());
        assertEquals(DeviceState.READY, reader.status().state());
        reader.select(BANK);
    }

    @Test
    void theSampleSocialSecurityCardOpensItsDfAndEf05() throws Exception {
        reader.insert(SimulatedCard.sampleSocialSecurityCard());
        reader.select(Aid.SOCIAL_SECURITY);
        assertTrue(reader.transmit(Hex.parse("00 A4 02 00 02 EF 05")).isOk());
    }
}
