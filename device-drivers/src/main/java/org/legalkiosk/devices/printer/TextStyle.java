package org.legalkiosk.devices.printer;

/**
 * How a line of text is printed.
 *
 * @param alignment where the line sits
 * @param bold      emphasised ({@code ESC E})
 * @param width     character width multiplier, 1..8 ({@code GS !} high nibble)
 * @param height    character height multiplier, 1..8 ({@code GS !} low nibble)
 */
public record TextStyle(Alignment alignment, boolean bold, int width, int height) {

    public static final TextStyle NORMAL = new TextStyle(Alignment.LEFT, false, 1, 1);

    public TextStyle {
        if (alignment == null) {
            throw new IllegalArgumentException("alignment is required");
        }
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("text size must be 1..8, was " + width + "x" + height);
        }
    }

    public TextStyle aligned(Alignment newAlignment) {
        return new TextStyle(newAlignment, bold, width, height);
    }

    public TextStyle bold(boolean newBold) {
        return new TextStyle(alignment, newBold, width, height);
    }

    public TextStyle size(int newWidth, int newHeight) {
        return new TextStyle(alignment, bold, newWidth, newHeight);
    }
}
