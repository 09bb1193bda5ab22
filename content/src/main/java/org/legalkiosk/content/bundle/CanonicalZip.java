package org.legalkiosk.content.bundle;

import java.util.regex.Pattern;

/**
 * The one zip layout a bundle may have. Every field that zip leaves free (times, attributes, extra fields,
 * comments, order) is fixed, so the archive has exactly one reading: any changed byte is noticed, either by the
 * layout check, the CRC, an object's hash, or the manifest signature. Readable by any unzip tool.
 */
final class CanonicalZip {

    static final int LOCAL_HEADER = 0x04034b50;
    static final int CENTRAL_HEADER = 0x02014b50;
    static final int END_RECORD = 0x06054b50;
    static final int LOCAL_HEADER_SIZE = 30;
    static final int CENTRAL_HEADER_SIZE = 46;
    static final int END_RECORD_SIZE = 22;

    /** "Made by" and "needed" both 2.0 on host 0 (MS-DOS): no Unix mode bits, so no links or permissions. */
    static final int VERSION = 20;

    static final int STORED = 0;
    static final int DEFLATED = 8;
    /** 1980-01-01 00:00:00, the earliest DOS time: the archive does not depend on when it was built. */
    static final int DOS_TIME = 0;

    static final int DOS_DATE = (1 << 5) | 1;

    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    static final String OBJECTS = "objects/";
    static final Pattern OBJECT_NAME = Pattern.compile("objects/[0-9a-f]{64}");

    private CanonicalZip() {}
}
