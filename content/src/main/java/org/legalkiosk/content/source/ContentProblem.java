package org.legalkiosk.content.source;

/**
 * One thing wrong with a content file, located so an author can jump to it: {@code file:line: message}.
 * Line 0 means the problem concerns the file as a whole.
 */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
