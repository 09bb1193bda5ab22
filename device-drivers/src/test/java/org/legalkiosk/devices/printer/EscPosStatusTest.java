package org.legalkiosk.devices.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.DeviceState;

class EscPosStatusTest {

    @Test
    void healthyRepliesMeanReady() {
        EscPosStatus status = EscPosStatus.decode(0x16, 0x12, 0x12, 0x12);

        assertEquals(EscPosStatus.HEALTHY, status);
        assertEquals(DeviceState.READY, status.condition().state());
    }

    @Test
    void paperSensorBitsGiveNearEndAndPaperOut() {
        EscPosStatus nearEnd = EscPosStatus.decode(0x12, 0x12, 0x12, 0x1E);
        EscPosStatus out = EscPosStatus.decode(0x1A, 0x32, 0x12, 0x7E);

        assertEquals("paper-near-end", nearEnd.condition().reason());
        assertFalse(nearEnd.blocksPrinting());
        assertEquals("paper-out", out.condition().reason());
        assertTrue(out.blocksPrinting());
    }

    @Test
    void offlineCauseBitsGiveCoverOpenAndError() {
        assertEquals(
                "cover-open",
                EscPosStatus.decode(0x1A, 0x16, 0x12, 0x12).condition().reason());
        assertEquals(
                "offline",
                EscPosStatus.decode(0x1A, 0x12, 0x12, 0x12).condition().reason());
        assertEquals(
                "cutter-error",
                EscPosStatus.decode(0x1A, 0x52, 0x1A, 0x12).condition().reason());
        assertEquals(
                "recoverable-error",
                EscPosStatus.decode(0x1A, 0x52, 0x16, 0x12).condition().reason());
    }

    @Test
    void bytesThatAreNotStatusRepliesAreIgnored() {
        assertFalse(EscPosStatus.isStatusByte(0xFF));
        assertFalse(EscPosStatus.isStatusByte(-1));
        assertEquals(EscPosStatus.HEALTHY, EscPosStatus.decode(0xFF, 0xFF, 0x81, -1));
    }
}
