package org.legalkiosk.kiosk.service.devices;

/** Outside the demo: no simulated devices to drive. */
enum NoDemoDeviceControls implements DemoDeviceControls {
    INSTANCE;

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public boolean insertSampleIdCard() {
        return false;
    }

    @Override
    public boolean removeIdCard() {
        return false;
    }

    @Override
    public boolean insertSampleSmartCard() {
        return false;
    }

    @Override
    public boolean removeSmartCard() {
        return false;
    }

    @Override
    public boolean receiptPaperOut(boolean out) {
        return false;
    }

    @Override
    public boolean receiptCoverOpen(boolean open) {
        return false;
    }

    @Override
    public boolean pressHelpButton() {
        return false;
    }

    @Override
    public boolean presence(boolean present) {
        return false;
    }

    @Override
    public boolean cameraShowsQrCode(String text) {
        return false;
    }
}
