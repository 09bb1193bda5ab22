package org.legalkiosk.kiosk.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The terminal has no trusted content keys yet, so it cannot check any bundle: a step of setting it up is
 * missing, not a fault of the kiosk or of the bundle. The agent answers {@code 409 not_provisioned}.
 */
public final class NotProvisionedException extends IOException {

    public NotProvisionedException(Path keys) {
        super("this terminal has no trusted content keys yet (" + keys + "), so it cannot accept any bundle: "
                + "provision it with `legalkiosk provision FILE` (see docs/deploy.md), or copy the publisher's "
                + ".pub file into that folder");
    }
}
