package org.legalkiosk.content.bundle;

/**
 * A bundle (or a request about installed versions) that was refused. The {@link Reason} lets callers and tests
 * tell the cases apart without parsing messages; the message says what exactly was wrong, for an operator.
 */
public class BundleException extends Exception {

    /** Why a bundle was refused; each has its own cause and its own remedy. */
    public enum Reason {
        /** The signature does not match the manifest bytes, or the signature file is malformed. */
        BAD_SIGNATURE,
        /** Signed by a key this kiosk does not trust (not yet rolled out, or revoked). */
        UNKNOWN_KEY,
        /** The manifest is not valid JSON of the expected shape. */
        BAD_MANIFEST,
        /** Not newer than the active version: replaying old bundles is refused (rollback protection). */
        NOT_NEWER,
        /** A file's object is neither in the bundle nor in the store (e.g. a delta for a base this kiosk lacks). */
        MISSING_OBJECT,
        /** An object's bytes do not have the hash or size the signed manifest promises. */
        HASH_MISMATCH,
        /** A name in the archive or a path in the manifest could escape the target folder or is not allowed. */
        UNSAFE_PATH,
        /** The file ends early: no zip end record, or an entry runs past the end. */
        TRUNCATED,
        /** The archive is damaged or not in the one canonical layout this format allows. */
        CORRUPT_ARCHIVE,
        /** Over a size or count limit (manifest, number of files, one file, all files). */
        TOO_LARGE,
        /** The content inside the bundle fails the content checks (file:line problems). */
        INVALID_CONTENT,
        /** The bundle needs a newer kiosk application than the one running. */
        APP_TOO_OLD,
        /** A rollback to a version that is not kept on this kiosk. */
        UNKNOWN_VERSION,
        /** The version indexer (e.g. the search index) failed on the new version. */
        INDEX_FAILED,
        /**
         * An administrator rolled back and pinned the kiosk to that version: a bundle is taken again only when it is
         * newer than the version rolled back from, or after the pin is lifted.
         */
        PINNED
    }

    private final Reason reason;

    public BundleException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public BundleException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return reason + ": " + super.getMessage();
    }
}
