package org.legalkiosk.devices.idcard;

import java.util.function.BooleanSupplier;

/** Waiting on a condition with a generous bound, only so that a broken test fails instead of hanging. */
public final class Waits {

    private static final long BOUND_NANOS = 10_000_000_000L;

    private Waits() {}

    public static boolean until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND_NANOS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
