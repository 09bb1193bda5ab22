package org.legalkiosk.devices.idcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.idcard.emulator.EmulatorFault;
import org.legalkiosk.devices.idcard.emulator.IdCardReaderEmulator;

/** The real driver over a real pty pair, against the emulator on the other end. */
class SerialIdCardReaderTest extends IdCardReaderContract {

    @TempDir
    Path dir;

    private Path driverEnd;
    private Path deviceEnd;
    private SocatPair cable;
    private IdCardReaderEmulator emulator;
    private SerialIdCardReader reader;

    @BeforeEach
    void plugIn() throws Exception {
        assumeTrue(SocatPair.available(), SocatPair.MISSING);
        driverEnd = dir.resolve("ttyDriver");
        deviceEnd = dir.resolve("ttyReader");
        connect();
        reader = new SerialIdCardReader(
                "idcard",
                new SerialIdCardReader.Settings(
                        driverEnd.toString(), 115_200, Duration.ofMillis(500), 3, Duration.ofMillis(50)));
    }

    private void connect() throws Exception {
        cable = SocatPair.start(driverEnd, deviceEnd);
        emulator = IdCardReaderEmulator.start(cable.deviceEnd(), cable::close);
    }

    @AfterEach
    void unplugAll() {
        if (reader != null) {
            reader.close();
        }
        if (emulator != null) {
            emulator.close();
        }
        if (cable != null) {
            cable.close();
        }
    }

    @Override
    IdCardReader reader() {
        return reader;
    }

    @Override
    void insert(IdCard card) {
        emulator.insert(card);
    }

    @Override
    void remove() {
        emulator.remove();
    }

    @Override
    void unplug() {
        cable.close();
    }

    static Stream<IdCard> everyKindOfCard() {
        return IdCardTextParserTest.everyKindOfCard();
    }

    @ParameterizedTest
    @MethodSource("everyKindOfCard")
    void readsEveryKindOfCardFieldForField(IdCard card) throws Exception {
        emulator.insert(card);
        assertEquals(Optional.of(card), reader.read(WAIT));
        assertEquals(
                List.of(SamCommand.FIND_CARD, SamCommand.SELECT_CARD, SamCommand.READ_TEXT_AND_PHOTO),
                emulator.received());
    }

    @ParameterizedTest
    @EnumSource(
            value = SamStatus.class,
            names = {"OK", "FIND_OK"},
            mode = EnumSource.Mode.EXCLUDE)
    void mapsEveryFailureStatusOfTheReadCommand(SamStatus status) throws Exception {
        List<DeviceStatus> seen = new CopyOnWriteArrayList<>();
        reader.addListener(seen::add);
        emulator.insert(SampleCards.resident());
        emulator.fault(EmulatorFault.status(SamCommand.READ_TEXT_AND_PHOTO, status));
        IdCardReaderException e = assertThrows(IdCardReaderException.class, () -> reader.read(WAIT));
        switch (status.category()) {
            case NO_CARD, CARD -> {
                assertEquals(IdCardReaderException.Reason.CARD_UNREADABLE, e.reason());
                assertTrue(seen.stream().allMatch(DeviceStatus::isReady), "a bad card says nothing about the reader");
            }
            case TRANSMISSION -> {
                assertEquals(IdCardReaderException.Reason.READER_ERROR, e.reason());
                assertEquals(
                        3,
                        Collections.frequency(emulator.received(), SamCommand.READ_TEXT_AND_PHOTO),
                        "a request the reader received damaged is sent again");
            }
            case COMMAND -> {
                assertEquals(IdCardReaderException.Reason.READER_ERROR, e.reason());
                assertEquals("reader-error", seen.get(seen.size() - 1).reason());
            }
            case SAM -> {
                assertEquals(IdCardReaderException.Reason.SAM_FAULT, e.reason());
                assertEquals(
                        DeviceState.NEEDS_ATTENTION, seen.get(seen.size() - 1).state());
                assertEquals("sam-fault", seen.get(seen.size() - 1).reason());
            }
            case SUCCESS -> throw new AssertionError("excluded");
        }
        if (status.category() != SamStatus.Category.NO_CARD) {
            assertEquals(Optional.of(status), e.status());
        }
    }

    @Test
    void aSamFaultInTheStatusCheckNeedsAttentionAndClearsWhenRepaired() {
        List<DeviceStatus> seen = new CopyOnWriteArrayList<>();
        reader.addListener(seen::add);
        emulator.fault(EmulatorFault.status(SamCommand.SAM_STATUS, SamStatus.SAM_NOT_AUTHORISED));
        DeviceStatus broken = reader.status();
        assertEquals(DeviceState.NEEDS_ATTENTION, broken.state());
        assertEquals("sam-fault", broken.reason());
        emulator.clearFaults();
        assertEquals(DeviceState.READY, reader.status().state());
        assertEquals(
                List.of(DeviceState.NEEDS_ATTENTION, DeviceState.READY),
                seen.stream().map(DeviceStatus::state).toList());
    }

    @Test
    void findAnsweringAnUndefinedOrCardStatusIsAnError() {
        emulator.fault(EmulatorFault.status(SamCommand.FIND_CARD, SamStatus.WRONG_CARD_TYPE));
        IdCardReaderException e = assertThrows(IdCardReaderException.class, () -> reader.read(WAIT));
        assertEquals(Optional.of(SamStatus.WRONG_CARD_TYPE), e.status());
    }

    @Test
    void aCardThatLeavesBeforeItIsSelectedIsNotAnError() throws Exception {
        emulator.insert(SampleCards.resident());
        emulator.faultOnce(EmulatorFault.status(SamCommand.SELECT_CARD, SamStatus.SELECT_FAILED));
        assertEquals(Optional.of(SampleCards.resident()), reader.read(WAIT));
    }

    @ParameterizedTest
    @EnumSource(
            value = EmulatorFault.Kind.class,
            names = {"BAD_CHECKSUM", "GARBAGE", "TRUNCATED", "SILENCE"})
    void recoversFromOneDamagedOrMissingAnswerBySendingAgain(EmulatorFault.Kind kind) throws Exception {
        emulator.insert(SampleCards.resident());
        emulator.faultOnce(EmulatorFault.of(SamCommand.READ_TEXT_AND_PHOTO, kind));
        assertEquals(Optional.of(SampleCards.resident()), reader.read(WAIT));
        assertEquals(2, Collections.frequency(emulator.received(), SamCommand.READ_TEXT_AND_PHOTO));
    }

    @Test
    void findsTheAnswerBehindNoise() throws Exception {
        emulator.insert(SampleCards.resident());
        emulator.fault(EmulatorFault.of(SamCommand.READ_TEXT_AND_PHOTO, EmulatorFault.Kind.GARBAGE_THEN_ANSWER));
        assertEquals(Optional.of(SampleCards.resident()), reader.read(WAIT));
        assertEquals(1, Collections.frequency(emulator.received(), SamCommand.READ_TEXT_AND_PHOTO));
    }

    @ParameterizedTest
    @EnumSource(
            value = EmulatorFault.Kind.class,
            names = {"BAD_CHECKSUM", "GARBAGE", "TRUNCATED", "SILENCE"})
    void givesUpAfterEveryAttemptFailsAndWorksAgainOnceTheReaderAnswers(EmulatorFault.Kind kind) throws Exception {
        emulator.insert(SampleCards.resident());
        emulator.fault(EmulatorFault.of(SamCommand.FIND_CARD, kind));
        IdCardReaderException e = assertThrows(IdCardReaderException.class, () -> reader.read(WAIT));
        assertEquals(IdCardReaderException.Reason.NO_ANSWER, e.reason());
        assertEquals(3, Collections.frequency(emulator.received(), SamCommand.FIND_CARD));
        emulator.clearFaults();
        assertEquals(Optional.of(SampleCards.resident()), reader.read(WAIT));
    }

    @Test
    void anUnplugInTheMiddleOfAReadIsReportedAndTheReaderComesBackAfterReplug() throws Exception {
        List<DeviceStatus> seen = new CopyOnWriteArrayList<>();
        reader.addListener(seen::add);
        emulator.insert(SampleCards.resident());
        emulator.fault(EmulatorFault.of(SamCommand.READ_TEXT_AND_PHOTO, EmulatorFault.Kind.UNPLUG));
        IdCardReaderException e = assertThrows(IdCardReaderException.class, () -> reader.read(WAIT));
        assertEquals(IdCardReaderException.Reason.DISCONNECTED, e.reason());
        assertEquals(DeviceState.DISCONNECTED, reader.status().state());

        emulator.close();
        connect();
        assertEquals(DeviceState.READY, reader.status().state());
        emulator.insert(SampleCards.openEnded());
        assertEquals(Optional.of(SampleCards.openEnded()), reader.read(WAIT));
        assertTrue(seen.stream().anyMatch(s -> s.state() == DeviceState.DISCONNECTED));
        assertEquals(DeviceState.READY, seen.get(seen.size() - 1).state());
    }

    @Test
    void aReaderAbsentAtStartIsDisconnectedUntilItIsPluggedIn() throws Exception {
        emulator.close();
        cable.close();
        assertEquals(DeviceState.DISCONNECTED, reader.status().state());
        connect();
        assertEquals(DeviceState.READY, reader.status().state());
    }
}
