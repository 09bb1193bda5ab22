package org.legalkiosk.kiosk.ui.demo;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.legalkiosk.kiosk.service.devices.DemoDeviceControls;

/** Demo controls that write down every call and answer as told, for ViewModel tests without devices. */
final class RecordingDemoControls implements DemoDeviceControls {

    final List<String> calls = new CopyOnWriteArrayList<>();
    volatile boolean answer = true;
    volatile RuntimeException failure;

    private boolean record(String call) {
        calls.add(call);
        if (failure != null) {
            throw failure;
        }
        return answer;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public boolean insertSampleIdCard() {
        return record("insertSampleIdCard");
    }

    @Override
    public boolean removeIdCard() {
        return record("removeIdCard");
    }

    @Override
    public boolean insertSampleSmartCard() {
        return record("insertSampleSmartCard");
    }

    @Override
    public boolean removeSmartCard() {
        return record("removeSmartCard");
    }

    @Override
    public boolean receiptPaperOut(boolean out) {
        return record("receiptPaperOut " + out);
    }

    @Override
    public boolean a4PaperOut(boolean out) {
        return record("a4PaperOut " + out);
    }

    @Override
    public boolean receiptCoverOpen(boolean open) {
        return record("receiptCoverOpen " + open);
    }

    @Override
    public boolean pressHelpButton() {
        return record("pressHelpButton");
    }

    @Override
    public boolean presence(boolean present) {
        return record("presence " + present);
    }

    @Override
    public boolean cameraShowsQrCode(String text) {
        return record("cameraShowsQrCode " + text);
    }
}
