package org.legalkiosk.kiosk.cli.content;

/**
 * Exit statuses of {@code legalkiosk content ...}, so scripts and CI can tell a mistake in what they passed from
 * a bundle that must not ship and from a broken tool. Documented in docs/content-bundle.md.
 */
final class ExitCodes {

    static final int OK = 0;
    /** Something went wrong inside the tool or while writing its output (a bug, a full disk). */
    static final int INTERNAL = 1;
    /** Bad options or arguments: unknown option, missing file, missing --version, an existing key. */
    static final int USAGE = 2;
    /** Invalid input: content with problems, a malformed bundle, manifest or key file. */
    static final int INVALID = 3;
    /** {@code verify}: the bundle is not authentic or not intact (bad signature, unknown key, damaged file). */
    static final int VERIFICATION_FAILED = 4;

    private ExitCodes() {}
}
