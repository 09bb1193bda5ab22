package org.legalkiosk.devices.smartcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.smartcardio.CardTerminals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.smartcard.SmartCardException.Reason;

/**
 * The driver's failure paths over an in-process PC/SC stack ({@link FakeTerminals}): vpcd cannot pull a reader out
 * of its port or leave a command unanswered, so these run on the abstract javax.smartcardio classes instead.
 */
class PcscSmartCardReaderFailuresTest {

    private static final Atr ATR = Atr.ofHex("3B 6C 00 00 80 64 11 65 01 90 73 00 00 00 81 07");
    private static final SimulatedCard CARD = SimulatedCard.withAtr(ATR)
            .application(Aid.SOCIAL_SECURITY, new byte[0])
            .build();
    private static final PcscSmartCardReader.Settings FAST =
            new PcscSmartCardReader.Settings("", Duration.ofMillis(50), Duration.ofMillis(300));

    private final FakeTerminals pcsc = new FakeTerminals();
    private final CardEvents events = new CardEvents();
    private PcscSmartCardReader reader;

    @AfterEach
    void close() {
        pcsc.releaseMuteCard();
        if (reader != null) {
            reader.close();
        }
    }

    private PcscSmartCardReader start(PcscSmartCardReader.TerminalSource source) {
        reader = PcscSmartCardReader.start("ic-card", FAST, source, Clock.systemUTC());
        reader.addCardListener(events);
        return reader;
    }

    @Test
    void pullingTheReaderOutLosesTheCardAndPluggingItBackRecovers() throws Exception {
        start(() -> pcsc);
        pcsc.insert(CARD);
        assertEquals("inserted " + ATR.hex(), events.next());
        assertEquals(DeviceState.READY, reader.status().state());

        pcsc.unplug();
        assertEquals("removed", events.next());
        assertTrue(
                until(() -> reader.status().state() == DeviceState.DISCONNECTED),
                reader.status().toString());
        assertEquals(
                Reason.DISCONNECTED,
                assertThrows(SmartCardException.class, () -> reader.select(Aid.SOCIAL_SECURITY))
                        .reason());

        pcsc.plugIn();
        assertEquals("inserted " + ATR.hex(), events.next());
        assertEquals(DeviceState.READY, reader.status().state());
        reader.select(Aid.SOCIAL_SECURITY);
    }

    @Test
    void aCardThatNeverAnswersTimesOutAndTheReaderStaysUsable() throws Exception {
        start(() -> pcsc);
        pcsc.insert(CARD);
        events.next();
        pcsc.muteCard();
        SmartCardException e = assertThrows(SmartCardException.class, () -> reader.select(Aid.SOCIAL_SECURITY));
        assertEquals(Reason.TIMEOUT, e.reason());
        assertTrue(e.getMessage().contains("no answer within 300 ms"), e.getMessage());
        assertEquals(DeviceState.READY, reader.status().state());
    }

    @Test
    void withoutPcscServiceTheReaderIsDisconnectedAndComesBackWhenItStarts() throws Exception {
        boolean[] serviceUp = {false};
        start(() -> {
            synchronized (serviceUp) {
                if (!serviceUp[0]) {
                    throw new java.security.NoSuchAlgorithmException("SCARD_E_NO_SERVICE");
                }
            }
            return (CardTerminals) pcsc;
        });
        assertTrue(
                until(() -> "pcsc-unavailable".equals(reader.status().reason())),
                reader.status().toString());
        assertTrue(
                reader.status().description().contains("pcscd"), reader.status().description());
        synchronized (serviceUp) {
            serviceUp[0] = true;
        }
        assertTrue(
                until(() -> reader.status().state() == DeviceState.READY),
                reader.status().toString());
    }

    @Test
    void closingStopsTheWatcherAndRefusesCommands() throws Exception {
        start(() -> pcsc);
        pcsc.insert(CARD);
        events.next();
        reader.close();
        assertEquals(
                Reason.DISCONNECTED,
                assertThrows(SmartCardException.class, () -> reader.select(Aid.SOCIAL_SECURITY))
                        .reason());
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("smartcard-watch-ic-card") && t.isAlive()));
    }

    private static boolean until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
