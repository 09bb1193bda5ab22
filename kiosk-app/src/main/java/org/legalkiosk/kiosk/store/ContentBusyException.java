package org.legalkiosk.kiosk.store;

import java.io.IOException;

import org.legalkiosk.content.store.StoreLockedException;

/**
 * The content store cannot take a change now: another update (push, USB stick or pull) is being applied in this
 * process, or another process holds the store (a {@code legalkiosk content} command on the console). Nothing was
 * read or changed; the caller tries again later: the API answers 409 {@code busy}, the USB inbox and the channel
 * poller keep what they have and retry at their next check.
 */
public final class ContentBusyException extends IOException {

    private final ContentAdmin.Source holder;

    /** Another update of this process, from {@code holder}, is being applied. */
    public ContentBusyException(ContentAdmin.Source holder) {
        super("another content update (" + (holder == null ? "unknown" : holder.label())
                + ") is being applied on this kiosk; try again later");
        this.holder = holder;
    }

    private ContentBusyException(StoreLockedException cause) {
        super("the content store is in use by another process on this kiosk", cause);
        this.holder = null;
    }

    /** Another process has the store open (its lock file is held). */
    public static ContentBusyException heldByAnotherProcess(StoreLockedException cause) {
        return new ContentBusyException(cause);
    }

    /** Where the update being applied in this process came from; null when another process holds the store. */
    public ContentAdmin.Source holder() {
        return holder;
    }

    /** True when another process, not an update of this one, holds the store. */
    public boolean heldByAnotherProcess() {
        return getCause() instanceof StoreLockedException;
    }
}
