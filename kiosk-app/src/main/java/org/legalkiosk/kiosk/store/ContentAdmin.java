package org.legalkiosk.kiosk.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.legalkiosk.content.bundle.BundleException;

/** The kiosk's content versions as the agent changes them. Implementations may be called from any thread. */
public interface ContentAdmin {

    /** One content version kept on the kiosk. */
    record Version(long version, String label, String channel, String manifestSha256, boolean active) {}

    /** Where a change of the active version came from; the API's rollbacks count as {@code PUSH}. */
    enum Source {
        PUSH,
        USB,
        PULL;

        /** As the status report shows it: {@code push}, {@code usb}, {@code pull}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * How the last attempt to change the active version ended, for the status report.
     *
     * @param action {@code apply} or {@code rollback}
     * @param source {@link Source#label()} of where the bundle or request came from
     */
    record UpdateResult(
            String time, String action, String source, boolean ok, Long version, String reason, String message) {}

    /**
     * Verifies and applies a bundle file; the caller deletes the file afterwards. One change at a time for the whole
     * kiosk: while another runs this throws {@link ContentBusyException} at once.
     */
    Version apply(Path bundle, Source source) throws IOException, BundleException;

    /** True while a change runs; a hint for refusing early, {@link #apply} still decides. */
    default boolean busy() {
        return false;
    }

    /**
     * Makes a kept version active and pins the kiosk to it (see {@link Pin}): no push, stick or pull brings back a
     * version up to the one rolled back from until an admin lifts the pin.
     */
    Version rollback(long version) throws IOException, BundleException;

    /**
     * An administrator's rollback holding the kiosk on {@code version}.
     *
     * @param rolledBackFrom only bundles newer than this are taken while pinned
     * @param since          ISO-8601 instant the pin was set
     */
    record Pin(long version, long rolledBackFrom, String since) {}

    /** The pin a rollback set, if any; an admin without pins has none. */
    default Optional<Pin> pin() throws IOException {
        return Optional.empty();
    }

    /** Lifts the pin; answers the one lifted, empty when there was none. */
    default Optional<Pin> unpin() throws IOException {
        return Optional.empty();
    }

    /** Kept versions, oldest first. */
    List<Version> versions() throws IOException;

    /** The active version, read without taking the store's lock. */
    Optional<Version> current() throws IOException;

    Optional<UpdateResult> lastResult();
}
