package org.legalkiosk.kiosk.agent.pull;

import java.nio.file.Path;

import org.legalkiosk.content.bundle.TrustedKeys;

/** The keys a test kiosk trusts: those in DATA_DIR/trusted-keys, as the real kiosk reads them. */
final class ChannelPollerKeys {

    private ChannelPollerKeys() {}

    static ChannelPoller.KeySource of(Path dataDir) {
        return () -> TrustedKeys.read(dataDir.resolve("trusted-keys"));
    }
}
