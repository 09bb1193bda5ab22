package org.legalkiosk.kiosk.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, summarised as median, 99th percentile and mean. */
record Timings(long[] nanos) {

    static Timings of(long[] samples) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Timings(sorted);
    }

    double medianMicros() {
        return nanos[nanos.length / 2] / 1000.0;
    }

    /** The mean, for a throughput worked out from the time spent in the measured calls alone. */
    double meanMicros() {
        return Arrays.stream(nanos).average().orElse(0) / 1000.0;
    }

    double p99Micros() {
        int i = (int) Math.ceil(nanos.length * 0.99) - 1;
        return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1000.0;
    }
}
