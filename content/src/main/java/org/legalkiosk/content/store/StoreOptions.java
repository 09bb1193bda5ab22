package org.legalkiosk.content.store;

import java.util.Objects;
import java.util.Optional;

import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.TrustedKeys;

/**
 * How a kiosk's content store behaves.
 *
 * @param trustedKeys  public keys whose bundles are accepted (several during a key rotation)
 * @param limits       size and count limits for incoming bundles
 * @param indexer      runs on each new version before it becomes active
 * @param keepVersions how many complete versions stay on disk for rollback (at least 1: the active one)
 * @param appVersion   the running application's version, checked against a bundle's minimum; empty skips the check
 */
public record StoreOptions(
        TrustedKeys trustedKeys,
        BundleLimits limits,
        VersionIndexer indexer,
        int keepVersions,
        Optional<String> appVersion) {

    public static final int DEFAULT_KEEP = 3;

    public StoreOptions {
        Objects.requireNonNull(trustedKeys, "trustedKeys");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(indexer, "indexer");
        if (keepVersions < 1) {
            throw new IllegalArgumentException("keep at least the active version");
        }
    }

    public static StoreOptions of(TrustedKeys trustedKeys) {
        return new StoreOptions(trustedKeys, BundleLimits.DEFAULT, VersionIndexer.NONE, DEFAULT_KEEP, Optional.empty());
    }

    public StoreOptions withIndexer(VersionIndexer indexer) {
        return new StoreOptions(trustedKeys, limits, indexer, keepVersions, appVersion);
    }

    public StoreOptions withLimits(BundleLimits limits) {
        return new StoreOptions(trustedKeys, limits, indexer, keepVersions, appVersion);
    }

    public StoreOptions withAppVersion(String appVersion) {
        return new StoreOptions(trustedKeys, limits, indexer, keepVersions, Optional.of(appVersion));
    }

    public StoreOptions withKeepVersions(int keepVersions) {
        return new StoreOptions(trustedKeys, limits, indexer, keepVersions, appVersion);
    }
}
