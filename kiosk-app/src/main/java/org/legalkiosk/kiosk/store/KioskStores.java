package org.legalkiosk.kiosk.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * The file-backed stores of one kiosk's data folder, one instance of each, made by the launcher and handed to
 * everything that uses them: the agent, the USB inbox, pull mode, the screen's notices, the technician console,
 * the hub's notice sync. One instance matters: the content admin's apply lock and "last update" are in memory,
 * so push, stick and pull must meet in the same object to be refused while another runs; the notices store
 * serialises its read-modify-write in memory too.
 */
public record KioskStores(StoreContentAdmin content, FileNoticesStore notices, TokenStore tokens, FileAuditLog audit) {

    public KioskStores {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(notices, "notices");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(audit, "audit");
    }

    /** The stores under {@code dataDir}; content versions are indexed and stamped with {@code appVersion}. */
    public static KioskStores forDataDir(Path dataDir, String appVersion, Clock clock) {
        return new KioskStores(
                StoreContentAdmin.forDataDir(dataDir, appVersion, clock),
                new FileNoticesStore(dataDir),
                new TokenStore(dataDir, clock),
                new FileAuditLog(dataDir));
    }
}
