package org.legalkiosk.content.bundle;

/**
 * A bundle whose manifest signature checked out against a trusted key, and whose objects all belong to the
 * manifest with the sizes it promises. The objects' hashes are checked as they are copied out of the archive.
 */
public record VerifiedBundle(
        BundleArchive archive,
        BundleManifest manifest,
        byte[] manifestBytes,
        byte[] signatureBytes,
        String manifestSha256,
        String keyId) {}
