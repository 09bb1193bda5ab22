package org.legalkiosk.devices;

/**
 * A configured device. Role interfaces ({@code ReceiptPrinter}, {@code IdCardReader}, ...) extend this.
 */
public interface Device extends AutoCloseable {

    /** The id from the configuration, unique within a terminal. */
    String id();

    DeviceKind kind();

    /**
     * Asks the device how it is, now. May take up to the driver's own timeout, never throws: failures come
     * back as {@link DeviceState#DISCONNECTED} or {@link DeviceState#NEEDS_ATTENTION} with a reason. A device
     * that is disconnected tries to reconnect here, so the manager's periodic check is what brings it back.
     */
    DeviceStatus status();

    /**
     * Registers a listener for changes the device notices by itself (a job failing because the cable was
     * pulled). Devices that only learn their state in {@link #status()} may keep the default, which
     * announces nothing: the manager still sees their changes at its next check.
     */
    default void addListener(DeviceListener listener) {}

    default void removeListener(DeviceListener listener) {}

    /** Releases the port, socket or thread. Never throws. */
    @Override
    void close();
}
