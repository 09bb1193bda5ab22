package org.legalkiosk.devices.smartcard;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records card events as text ("inserted 3B..." / "removed") for tests to wait on, boundedly. */
final class CardEvents implements CardListener {

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @Override
    public void cardInserted(String readerId, Atr atr) {
        events.add("inserted " + atr.hex());
    }

    @Override
    public void cardRemoved(String readerId) {
        events.add("removed");
    }

    /** The next event, or "none" after a generous bound so a broken test fails instead of hanging. */
    String next() throws InterruptedException {
        String event = events.poll(20, TimeUnit.SECONDS);
        return event == null ? "none" : event;
    }

    boolean isEmpty() {
        return events.isEmpty();
    }
}
