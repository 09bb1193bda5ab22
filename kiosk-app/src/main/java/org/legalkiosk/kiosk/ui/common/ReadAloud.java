package org.legalkiosk.kiosk.ui.common;

/**
 * Reads one thing a visitor tapped aloud (a paragraph, an answer, a time), for those who listen rather than read.
 * Screens get it from the shell; it does nothing on a terminal without speech.
 */
@FunctionalInterface
public interface ReadAloud {

    ReadAloud NONE = text -> {};

    void read(String text);
}
