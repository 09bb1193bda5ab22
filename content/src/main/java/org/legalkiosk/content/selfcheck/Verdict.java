package org.legalkiosk.content.selfcheck;

/** How likely the person is to receive legal aid, as far as a self-check can tell; the office decides. */
public enum Verdict {
    LIKELY,
    POSSIBLE,
    UNLIKELY
}
