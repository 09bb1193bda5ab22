package org.legalkiosk.kiosk.agent;

import java.io.IOException;

/**
 * Another update (push, USB stick or pull) is being applied in this process right now. Nothing was read or
 * changed; the caller tries again later: the API answers 409 {@code busy}, the USB inbox and the channel poller
 * keep what they have and retry at their next check.
 */
public final class ContentBusyException extends IOException {

    private final ContentAdmin.Source holder;

    public ContentBusyException(ContentAdmin.Source holder) {
        super("another content update (" + (holder == null ? "unknown" : holder.label())
                + ") is being applied on this kiosk; try again later");
        this.holder = holder;
    }

    /** Where the update being applied came from. */
    public ContentAdmin.Source holder() {
        return holder;
    }
}
