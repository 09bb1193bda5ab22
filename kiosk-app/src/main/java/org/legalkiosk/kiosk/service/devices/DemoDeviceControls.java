package org.legalkiosk.kiosk.service.devices;

/**
 * The demo's hands on its simulated devices, for an on-screen panel: what a visitor would do to real hardware
 * (place an ID card, let the printer run out of paper, press the help button). Each action says whether a
 * simulated device carried it out; outside the demo there are none and every action answers false.
 */
public interface DemoDeviceControls {

    /** Whether there is anything to control: false outside the demo, so the panel is not shown. */
    boolean available();

    /** Places the made-up sample resident ID card (never a real person's) on the ID-card reader. */
    boolean insertSampleIdCard();

    boolean removeIdCard();

    /** Places the made-up sample social-security card in the smart-card reader. */
    boolean insertSampleSmartCard();

    boolean removeSmartCard();

    boolean receiptPaperOut(boolean out);

    boolean receiptCoverOpen(boolean open);

    /** The A4 printer runs out of paper ({@code false}: paper loaded again), for the forms' "no printer" path. */
    default boolean a4PaperOut(boolean out) {
        return false;
    }

    boolean pressHelpButton();

    /** Someone walks up to the terminal (wakes it from the attract loop); {@code false} walks away. */
    boolean presence(boolean present);

    /** The camera sees a QR code of this text from now on, e.g. a booking number for check-in. */
    boolean cameraShowsQrCode(String text);

    /** Controls for a terminal without simulated devices: nothing is available, every action answers false. */
    static DemoDeviceControls none() {
        return NoDemoDeviceControls.INSTANCE;
    }
}
