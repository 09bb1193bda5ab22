package org.legalkiosk.devices.idcard;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.TrackedDevice;

/**
 * The ID-card reader's twin for the demo and tests, scripted with {@link #insert}, {@link #remove},
 * {@link #fault}, {@link #unplug} and {@link #plugIn}. It behaves as the real driver does over its emulator:
 * a read card is not read again until it is removed and placed again.
 */
public final class SimulatedIdCardReader extends TrackedDevice implements IdCardReader {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private IdCard card;
    private boolean halted;
    private boolean unplugged;
    private SamStatus fault;

    public SimulatedIdCardReader(String id) {
        this(id, Clock.systemUTC());
    }

    public SimulatedIdCardReader(String id, Clock clock) {
        super(id, clock, InitialStatus.READY);
    }

    public void insert(IdCard newCard) {
        update(() -> {
            card = Objects.requireNonNull(newCard, "card");
            halted = false;
        });
    }

    public void remove() {
        update(() -> {
            card = null;
            halted = false;
        });
    }

    /**
     * Makes every following read fail with this status, as the reader would answer it (a SAM status also makes
     * the device need attention); {@code null} clears it.
     */
    public void fault(SamStatus status) {
        update(() -> fault = status);
    }

    public void unplug() {
        update(() -> unplugged = true);
    }

    public void plugIn() {
        update(() -> unplugged = false);
    }

    @Override
    public Optional<IdCard> read(Duration timeout) throws IdCardReaderException, InterruptedException {
        long left = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                checkHealthy();
                if (card != null && !halted) {
                    if (fault != null) {
                        throw new IdCardReaderException(
                                IdCardReaderException.Reason.CARD_UNREADABLE, fault, fault.meaning(), null);
                    }
                    halted = true;
                    return Optional.of(card);
                }
                if (left <= 0) {
                    return Optional.empty();
                }
                left = changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean awaitRemoval(Duration timeout) throws IdCardReaderException, InterruptedException {
        long left = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                checkHealthy();
                if (card == null) {
                    return true;
                }
                if (left <= 0) {
                    return false;
                }
                left = changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    private void checkHealthy() throws IdCardReaderException {
        if (unplugged) {
            throw new IdCardReaderException(IdCardReaderException.Reason.DISCONNECTED, "reader unplugged");
        }
        if (fault != null && fault.category() == SamStatus.Category.SAM) {
            throw new IdCardReaderException(IdCardReaderException.Reason.SAM_FAULT, fault, fault.meaning(), null);
        }
    }

    @Override
    public DeviceStatus status() {
        return tracker().current();
    }

    /**
     * Applies a scripted change under the lock and wakes waiting reads; the tracker hears of the resulting condition
     * after the lock is released, so a listener that asks the reader again cannot deadlock with it.
     */
    private void update(Runnable change) {
        ScriptedCondition condition;
        lock.lock();
        try {
            change.run();
            condition = condition();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        tracker().update(condition.state(), condition.reason(), condition.description());
    }

    private record ScriptedCondition(DeviceState state, String reason, String description) {}

    private ScriptedCondition condition() {
        if (unplugged) {
            return new ScriptedCondition(DeviceState.DISCONNECTED, "unplugged", "reader unplugged");
        }
        if (fault != null && fault.category() == SamStatus.Category.SAM) {
            return new ScriptedCondition(DeviceState.NEEDS_ATTENTION, "sam-fault", fault.meaning());
        }
        return new ScriptedCondition(DeviceState.READY, "", "");
    }

    @Override
    public void close() {
        update(() -> {});
    }
}
