package org.legalkiosk.kiosk.agent;

import org.legalkiosk.content.bundle.BundleException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The kiosk's content versions as the agent changes them. Implementations may be called from any thread. */
public interface ContentAdmin {

    /** One content version kept on the kiosk. */
    record Version(long version, String label, String channel, String manifestSha256, boolean active) {
    }

    /** How the last attempt to change the active version ended, for the status report. */
    record UpdateResult(String time, String action, boolean ok, Long version, String reason, String message) {
    }

    /** Verifies and applies a bundle file; the caller deletes the file afterwards. */
    Version apply(Path bundle) throws IOException, BundleException;

    Version rollback(long version) throws IOException, BundleException;

    /** Kept versions, oldest first. */
    List<Version> versions() throws IOException;

    /** The active version, read without taking the store's lock. */
    Optional<Version> current() throws IOException;

    Optional<UpdateResult> lastResult();
}
