package org.legalkiosk.kiosk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class IdleMonitorTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger fired = new AtomicInteger();
    private final IdleMonitor monitor = new IdleMonitor(Duration.ofSeconds(90), now::get, fired::incrementAndGet);

    private void advance(long seconds) {
        now.addAndGet(Duration.ofSeconds(seconds).toNanos());
    }

    @Test
    void firesOnceWhenTheTimeoutPasses() {
        advance(89);
        monitor.check();
        assertEquals(0, fired.get());
        advance(1);
        monitor.check();
        monitor.check();
        advance(500);
        monitor.check();
        assertEquals(1, fired.get(), "one reset per idle period, not one per check");
    }

    @Test
    void activityRestartsTheCountAndRearmsIt() {
        advance(80);
        monitor.activity();
        advance(80);
        monitor.check();
        assertEquals(0, fired.get());
        advance(10);
        monitor.check();
        assertEquals(1, fired.get());
        monitor.activity();
        advance(90);
        monitor.check();
        assertEquals(2, fired.get());
    }

    @Test
    void aShorterTimeoutSetWhileRunningAppliesToTheCurrentVisitor() {
        advance(40);
        monitor.setTimeout(Duration.ofSeconds(30));
        monitor.check();
        assertEquals(1, fired.get());
        assertThrows(IllegalArgumentException.class, () -> monitor.setTimeout(Duration.ofSeconds(-1)));
    }

    @Test
    void refusesANonsenseTimeout() {
        assertThrows(IllegalArgumentException.class, () -> new IdleMonitor(Duration.ZERO, now::get, () -> {}));
    }
}
