package org.legalkiosk.kiosk.app;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.kiosk.service.devices.DemoDeviceControls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the demo's on-screen device panel needs: the controls of the simulated devices, their states, and the last
 * booking code (so "the camera sees a booking QR" can show a real one). Outside the demo the controls are
 * {@link DemoDeviceControls#none()} and the panel does not appear.
 */
record DemoPanelFeed(
        DemoDeviceControls controls, Supplier<List<DeviceStatus>> states, Supplier<Optional<String>> lastBookingCode) {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPanelFeed.class);

    static DemoPanelFeed of(KioskDevices devices, Optional<KioskBookings> bookings) {
        return new DemoPanelFeed(
                devices.demoControls(),
                () -> {
                    // Simulated devices answer at once, so the panel can show a state change right after a tap.
                    devices.manager().checkNow();
                    return devices.manager().snapshot();
                },
                () -> {
                    try {
                        return bookings.flatMap(b -> b.store().latestConfirmedCode());
                    } catch (RuntimeException e) {
                        LOG.warn("Demo panel: no booking code to show: {}", e.getMessage());
                        return Optional.empty();
                    }
                });
    }
}
