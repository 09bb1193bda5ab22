package org.legalkiosk.devices.idcard;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.legalkiosk.devices.DeviceListener;
import org.legalkiosk.devices.DeviceListeners;
import org.legalkiosk.devices.DeviceStatus;

/**
 * The ID-card reader's twin for the demo and tests, scripted with {@link #insert}, {@link #remove},
 * {@link #fault}, {@link #unplug} and {@link #plugIn}. It behaves as the real driver does over its emulator:
 * a read card is not read again until it is removed and placed again.
 */
public final class SimulatedIdCardReader implements IdCardReader {

    private final String id;
    private final Clock clock;
    private final DeviceListeners listeners = new DeviceListeners();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private IdCard card;
    private boolean halted;
    private boolean unplugged;
    private SamStatus fault;
    private DeviceStatus status;

    public SimulatedIdCardReader(String id) {
        this(id, Clock.systemUTC());
    }

    public SimulatedIdCardReader(String id, Clock clock) {
        this.id = Objects.requireNonNull(id, "id");
        this.clock = clock;
        this.status = DeviceStatus.ready(id, kind(), clock.instant());
    }

    @Override
    public String id() {
        return id;
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
                        throw new IdCardReaderException(IdCardReaderException.Reason.CARD_UNREADABLE, fault,
                                fault.meaning(), null);
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
        lock.lock();
        try {
            return status;
        } finally {
            lock.unlock();
        }
    }

    private void update(Runnable change) {
        DeviceStatus fired = null;
        lock.lock();
        try {
            change.run();
            DeviceStatus now = currentStatus();
            if (!now.sameConditionAs(status)) {
                status = now;
                fired = now;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (fired != null) {
            listeners.fire(fired);
        }
    }

    private DeviceStatus currentStatus() {
        if (unplugged) {
            return DeviceStatus.disconnected(id, kind(), "unplugged", "reader unplugged", clock.instant());
        }
        if (fault != null && fault.category() == SamStatus.Category.SAM) {
            return DeviceStatus.needsAttention(id, kind(), "sam-fault", fault.meaning(), clock.instant());
        }
        return DeviceStatus.ready(id, kind(), clock.instant());
    }

    @Override
    public void addListener(DeviceListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(DeviceListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
        update(() -> { });
    }
}
