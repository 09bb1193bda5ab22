package org.legalkiosk.kiosk.service.callback;

/**
 * Where the screens hand a confirmed callback request: kept on the terminal at once (a power cut after the visitor
 * saw "sent" loses nothing) and delivered to the county hub when the network allows.
 */
public interface CallbackRequests {

    /** A terminal without a booking store: the entry is not offered. */
    CallbackRequests NONE = new CallbackRequests() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void submit(CallbackRequest request) {
            throw new IllegalStateException("callback requests are not available on this terminal");
        }
    };

    /** Whether requests can be taken here (the Home and help entries show only then). */
    boolean available();

    /**
     * Keeps the request durably before returning.
     *
     * @throws org.legalkiosk.booking.store.BookingStoreException when it cannot be written; nothing is kept then
     */
    void submit(CallbackRequest request);
}
