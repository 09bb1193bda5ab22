package org.legalkiosk.devices.gpio;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A ticker the test steps by hand: {@link #advance} runs every tick that falls within the elapsed time. */
final class ManualTicker implements Ticker {

    private final class Task {
        final long periodNanos;
        final Runnable tick;
        long nextNanos;
        boolean cancelled;

        Task(Duration period, Runnable tick) {
            this.periodNanos = period.toNanos();
            this.tick = tick;
            this.nextNanos = nowNanos + periodNanos;
        }
    }

    private final List<Task> tasks = new CopyOnWriteArrayList<>();
    private long nowNanos;

    @Override
    public AutoCloseable every(Duration period, Runnable tick) {
        Task task = new Task(period, tick);
        tasks.add(task);
        return () -> {
            task.cancelled = true;
            tasks.remove(task);
        };
    }

    void advance(Duration elapsed) {
        long target = nowNanos + elapsed.toNanos();
        for (Task task : tasks) {
            while (!task.cancelled && task.nextNanos <= target) {
                nowNanos = task.nextNanos;
                task.tick.run();
                task.nextNanos += task.periodNanos;
            }
        }
        nowNanos = target;
    }

    int running() {
        return tasks.size();
    }
}
