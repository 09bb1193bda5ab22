package org.legalkiosk.kiosk.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.kiosk.service.devices.DemoDeviceControls;
import org.legalkiosk.kiosk.ui.common.Messages;

class DemoPanelViewModelTest {

    private static final Instant T = Instant.parse("2026-11-28T08:00:00Z");

    private final RecordingDemoControls controls = new RecordingDemoControls();
    private final AtomicReference<List<DeviceStatus>> states =
            new AtomicReference<>(List.of(DeviceStatus.ready("receipt", DeviceKind.RECEIPT_PRINTER, T)));
    private final AtomicReference<Optional<String>> bookingCode = new AtomicReference<>(Optional.empty());
    private final AtomicReference<Language> language = new AtomicReference<>(Language.ZH);

    private DemoPanelViewModel model(DemoDeviceControls with) {
        return new DemoPanelViewModel(with, states::get, bookingCode::get, () -> Messages.of(language.get()));
    }

    @Test
    void everyButtonReachesItsControlWithTheRightArgument() {
        bookingCode.set(Optional.of("4KD7Q2"));
        DemoPanelViewModel model = model(controls);
        model.actions().forEach(model::perform);
        assertEquals(
                List.of(
                        "insertSampleIdCard",
                        "removeIdCard",
                        "insertSampleSmartCard",
                        "removeSmartCard",
                        "receiptPaperOut true",
                        "receiptPaperOut false",
                        "receiptCoverOpen true",
                        "receiptCoverOpen false",
                        "a4PaperOut true",
                        "a4PaperOut false",
                        "pressHelpButton",
                        "presence true",
                        "presence false",
                        "cameraShowsQrCode 4KD7Q2"),
                controls.calls);
    }

    @Test
    void theStateLinesAreReadAgainAfterAnAction() {
        DemoPanelViewModel model = model(controls);
        model.opened();
        assertEquals(List.of("小票打印机 receipt：正常"), model.stateLines());

        states.set(List.of(DeviceStatus.needsAttention(
                "receipt", DeviceKind.RECEIPT_PRINTER, "paper-out", "The printer is out of paper", T)));
        model.perform(DemoAction.PAPER_OUT);
        assertEquals(List.of("小票打印机 receipt：需要处理（paper-out）"), model.stateLines());
        assertEquals("已经做了：小票打印机缺纸", model.feedbackProperty().get());
    }

    @Test
    void aControlWithoutItsSimulatedDeviceIsReportedAsNotDone() {
        controls.answer = false;
        DemoPanelViewModel model = model(controls);
        model.perform(DemoAction.HELP_BUTTON);
        assertTrue(
                model.feedbackProperty().get().startsWith("没有做成：按求助按钮"),
                model.feedbackProperty().get());
    }

    @Test
    void aDeviceThatThrowsIsReportedAsNotDoneAndTheStatesStillRefresh() {
        controls.failure = new IllegalStateException("simulated driver bug");
        DemoPanelViewModel model = model(controls);
        model.perform(DemoAction.TAP_ID_CARD);
        assertTrue(model.feedbackProperty().get().startsWith("没有做成"));
        assertEquals(1, model.stateLines().size());
    }

    @Test
    void statesThatCannotBeReadLeaveTheLastLinesShown() {
        List<DeviceStatus> shown = new ArrayList<>(states.get());
        DemoPanelViewModel model = new DemoPanelViewModel(
                controls,
                () -> {
                    if (shown.isEmpty()) {
                        throw new IllegalStateException("manager closed");
                    }
                    return List.copyOf(shown);
                },
                Optional::empty,
                () -> Messages.of(Language.ZH));
        model.refresh();
        shown.clear();
        model.perform(DemoAction.PAPER_BACK);
        assertEquals(List.of("小票打印机 receipt：正常"), model.stateLines());
    }

    @Test
    void theBookingCodeCanOnlyBeShownOnceABookingWasMade() {
        DemoPanelViewModel model = model(controls);
        assertFalse(model.enabled(DemoAction.SHOW_BOOKING_QR));
        assertEquals("摄像头看到预约码（还没有预约）", model.label(DemoAction.SHOW_BOOKING_QR));
        model.perform(DemoAction.SHOW_BOOKING_QR);
        assertTrue(controls.calls.isEmpty(), "no camera call without a code");
        assertTrue(model.feedbackProperty().get().startsWith("没有做成"));

        bookingCode.set(Optional.of("  "));
        assertFalse(model.enabled(DemoAction.SHOW_BOOKING_QR), "a blank code is no code");

        bookingCode.set(Optional.of("4KD7Q2"));
        assertTrue(model.enabled(DemoAction.SHOW_BOOKING_QR));
        assertEquals("摄像头看到预约码 4KD7Q2", model.label(DemoAction.SHOW_BOOKING_QR));
    }

    @Test
    void speaksTheVisitorsLanguageOfTheMoment() {
        DemoPanelViewModel model = model(controls);
        language.set(Language.EN);
        model.refresh();
        assertEquals(List.of("Receipt printer receipt: ready"), model.stateLines());
        assertEquals("Receipt printer out of paper", model.label(DemoAction.PAPER_OUT));
        assertEquals("演示设备 / Demo devices", model.handleLabel());
    }

    @Test
    void everyDeviceKindAndStateHasWordsInBothLanguages() {
        for (Language lang : List.of(Language.ZH, Language.EN)) {
            for (DeviceKind kind : DeviceKind.values()) {
                for (var state : org.legalkiosk.devices.DeviceState.values()) {
                    DeviceStatus s = new DeviceStatus("d", kind, state, "", "", T);
                    assertFalse(DemoPanelViewModel.line(Messages.of(lang), s).isBlank());
                }
            }
            language.set(lang);
            DemoPanelViewModel model = model(controls);
            model.actions().forEach(a -> assertFalse(model.label(a).isBlank()));
        }
    }

    @Test
    void outsideTheDemoThereIsNoPanel() {
        assertFalse(model(DemoDeviceControls.none()).available());
        assertTrue(model(controls).available());
    }
}
