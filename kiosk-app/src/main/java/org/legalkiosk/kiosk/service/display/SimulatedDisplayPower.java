package org.legalkiosk.kiosk.service.display;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The display's twin for the demo and tests (docs/decisions/0003): keeps and logs the state it was told, so a
 * developer's own screen never goes dark and a test can see every change the schedule made.
 */
public final class SimulatedDisplayPower implements DisplayPower {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedDisplayPower.class);

    private final List<Boolean> changes = new ArrayList<>();

    @Override
    public synchronized void on() {
        changes.add(true);
        LOG.info("Display (simulated): on");
    }

    @Override
    public synchronized void off() {
        changes.add(false);
        LOG.info("Display (simulated): off, as a terminal's screen would blank now");
    }

    /** Every state set so far, oldest first: {@code true} on, {@code false} off. */
    public synchronized List<Boolean> changes() {
        return List.copyOf(changes);
    }

    /** Whether the screen would be showing the kiosk; on until told otherwise. */
    public synchronized boolean isOn() {
        return changes.isEmpty() || changes.get(changes.size() - 1);
    }

    @Override
    public String mechanism() {
        return "simulated";
    }
}
