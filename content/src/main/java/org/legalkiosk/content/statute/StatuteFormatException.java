package org.legalkiosk.content.statute;

/** A statute file that does not follow the layout the parser knows; the message names the line. */
public class StatuteFormatException extends Exception {

    public StatuteFormatException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
    }
}
