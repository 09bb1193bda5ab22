package org.legalkiosk.devices.smartcard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.smartcard.SmartCardException.Reason;

/** The driver through the JDK's PC/SC provider, a real pcscd and vpcd, against a card played by the test. */
class PcscSmartCardReaderTest {

    private static final Atr ATR = Atr.ofHex("3B 8F 80 01 80 4F 0C A0 00 00 03 06 03 00 01 00 00 00 00 6A");
    private static final Aid BANK = Aid.ofHex("A0 00 00 03 33 01 01 01");
    private static final SimulatedCard CARD = SimulatedCard.withAtr(ATR)
            .application(BANK, Hex.parse("6F 03 84 01 AA"))
            .application(Aid.SOCIAL_SECURITY, new byte[0])
            .answer("00 A4 02 00 02 EF 06", ResponseApdu.status(0x6982))
            .answer("00 B2 07 04 00", ResponseApdu.ok(Hex.parse("07 04 31 32 33 34")))
            .build();

    private static PcscDaemon pcscd;
    private PcscSmartCardReader reader;
    private final CardEvents events = new CardEvents();

    @BeforeAll
    static void startPcscd() throws Exception {
        pcscd = PcscDaemon.startWithVirtualReader();
    }

    @AfterAll
    static void stopPcscd() throws Exception {
        if (pcscd != null) {
            pcscd.close();
        }
    }

    @BeforeEach
    void openReader() throws Exception {
        reader = PcscSmartCardReader.start(
                "ic-card",
                new PcscSmartCardReader.Settings(
                        PcscDaemon.FIRST_READER, Duration.ofMillis(200), Duration.ofSeconds(10)),
                PcscSmartCardReader.systemPcsc(),
                Clock.systemUTC());
        reader.addCardListener(events);
        assertTrue(until(() -> reader.status().state() == DeviceState.READY), "reader not ready: " + reader.status());
    }

    @AfterEach
    void closeReader() {
        reader.close();
    }

    @Test
    void aPlacedCardIsAnnouncedWithItsAtrAndAnsweredThroughPcscd() throws Exception {
        assertEquals(Optional.empty(), reader.card());
        try (VirtualCard card = VirtualCard.insert(CARD, PcscDaemon.FIRST_SLOT_PORT)) {
            assertEquals("inserted " + ATR.hex(), events.next());
            assertEquals(Optional.of(ATR), reader.card());
            assertArrayEquals(Hex.parse("6F 03 84 01 AA"), reader.select(BANK).data());
            reader.select(Aid.SOCIAL_SECURITY);
            assertArrayEquals(
                    Hex.parse("07 04 31 32 33 34"),
                    reader.transmit(Hex.parse("00 B2 07 04 00")).data());
        }
        assertEquals("removed", events.next());
        assertEquals(Optional.empty(), reader.card());
        assertEquals(
                Reason.NO_CARD,
                assertThrows(SmartCardException.class, () -> reader.select(BANK))
                        .reason());
    }

    @Test
    void theCardsStatusWordsComeBackAsReasons() throws Exception {
        try (VirtualCard card = VirtualCard.insert(CARD, PcscDaemon.FIRST_SLOT_PORT)) {
            events.next();
            SmartCardException missing =
                    assertThrows(SmartCardException.class, () -> reader.select(Aid.ofHex("D1 56 00 00 01")));
            assertEquals(Reason.NOT_FOUND, missing.reason());
            SmartCardException locked =
                    assertThrows(SmartCardException.class, () -> reader.transmit(Hex.parse("00 A4 02 00 02 EF 06")));
            assertEquals(Reason.ACCESS_DENIED, locked.reason());
            assertEquals(0x6982, locked.statusWord().getAsInt());
            assertEquals(
                    Reason.REJECTED,
                    assertThrows(SmartCardException.class, () -> reader.transmit(Hex.parse("80 CA 9F 13 00")))
                            .reason());
        }
        events.next();
    }

    @Test
    void aCardTakenOutAndPlacedAgainIsAnnouncedAgain() throws Exception {
        try (VirtualCard card = VirtualCard.insert(CARD, PcscDaemon.FIRST_SLOT_PORT)) {
            assertEquals("inserted " + ATR.hex(), events.next());
        }
        assertEquals("removed", events.next());
        try (VirtualCard card = VirtualCard.insert(CARD, PcscDaemon.FIRST_SLOT_PORT)) {
            assertEquals("inserted " + ATR.hex(), events.next());
            reader.select(BANK);
        }
        assertEquals("removed", events.next());
    }

    @Test
    void aReaderThatIsNotThereIsDisconnectedAndSaysWhichOneItLooksFor() throws Exception {
        try (PcscSmartCardReader missing = PcscSmartCardReader.start(
                "other",
                new PcscSmartCardReader.Settings("No Such Reader", Duration.ofMillis(200), Duration.ofSeconds(5)),
                PcscSmartCardReader.systemPcsc(),
                Clock.systemUTC())) {
            assertTrue(
                    until(() -> "no-reader".equals(missing.status().reason())),
                    missing.status().toString());
            assertEquals(DeviceState.DISCONNECTED, missing.status().state());
            assertTrue(missing.status().description().contains("No Such Reader"));
            assertEquals(
                    Reason.DISCONNECTED,
                    assertThrows(SmartCardException.class, () -> missing.select(BANK))
                            .reason());
        }
    }

    private static boolean until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
