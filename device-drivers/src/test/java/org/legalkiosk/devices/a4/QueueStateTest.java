package org.legalkiosk.devices.a4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.DeviceState;

class QueueStateTest {

    @Test
    void readsIpptoolsAttributes() {
        String output = """
                Get printer attributes using Get-Printer-Attributes                  [PASS]
                        printer-is-accepting-jobs (boolean) = true
                        printer-state (enum) = stopped
                        printer-state-message (textWithoutLanguage) = paper jam test
                        printer-state-reasons (keyword) = media-jam-error,paused
                """;
        QueueState state = QueueState.fromIpptool(output).orElseThrow();
        assertEquals(new QueueState("stopped", List.of("media-jam-error", "paused"), "paper jam test", true), state);
        assertEquals(
                new QueueState.Verdict(DeviceState.NEEDS_ATTENTION, "paper-jam", "Paper is jammed in the printer"),
                state.verdict());
    }

    @Test
    void mapsReasonsToTheKiosksStates() {
        assertEquals("paper-out", verdict("stopped", "media-empty-error").reason());
        assertEquals(
                DeviceState.DISCONNECTED, verdict("stopped", "offline-report").state());
        assertEquals(DeviceState.NEEDS_ATTENTION, verdict("stopped", "paused").state());
        assertEquals(DeviceState.READY, verdict("idle", "media-low-warning").state());
        assertEquals(DeviceState.BUSY, verdict("processing", "none").state());
        assertEquals("cover-open", verdict("stopped", "cover-open-error").reason());
    }

    @Test
    void anEmptyTrayIsPaperOutHoweverMildlyThePrinterSaysIt() {
        // ippeveprinter's words: -report while idle, -warning while printing
        assertEquals("paper-out", verdict("idle", "media-empty-report").reason());
        assertEquals(
                DeviceState.NEEDS_ATTENTION,
                verdict("processing", "media-empty-warning").state());
        assertEquals("paper-out", verdict("processing", "media-needed-warning").reason());
        assertEquals(DeviceState.READY, verdict("idle", "media-jam-report").state());
        assertEquals(DeviceState.BUSY, verdict("processing", "offline-warning").state());
    }

    @Test
    void readsADisabledQueueFromLpstat() {
        QueueState state = QueueState.fromLpstat(
                        "printer PDF disabled since Sat Nov 28 16:49:43 2026 -\n" + "\tpaper jam test\n")
                .orElseThrow();
        assertEquals("stopped", state.verdict().reason());
        assertEquals(
                "The print queue is stopped: paper jam test", state.verdict().description());
        assertEquals(
                DeviceState.READY,
                QueueState.fromLpstat("printer PDF is idle.  enabled since Sat")
                        .orElseThrow()
                        .verdict()
                        .state());
    }

    private static QueueState.Verdict verdict(String state, String reason) {
        return new QueueState(state, List.of(reason), "", true).verdict();
    }
}
