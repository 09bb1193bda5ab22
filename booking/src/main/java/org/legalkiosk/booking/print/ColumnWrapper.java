package org.legalkiosk.booking.print;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Breaks text into lines no wider than a limit: printer columns for receipts, points for PDFs. In columns,
 * a character taking two bytes in GB18030 (Chinese, full-width punctuation) prints twice as wide as ASCII.
 * Latin text breaks at the last space when there is one, Chinese anywhere. Public for the receipt layout, which
 * lives beside the printer service because it builds the device layer's receipt document.
 */
public final class ColumnWrapper {

    /** The receipt printers' character set: what takes two bytes in it takes two columns. */
    private static final Charset GB18030 = Charset.forName("GB18030");

    private ColumnWrapper() {}

    public static int width(String text) {
        return text.codePoints().map(ColumnWrapper::width).sum();
    }

    public static int width(int codePoint) {
        return codePoint < 0x80 ? 1 : Character.toString(codePoint).getBytes(GB18030).length > 1 ? 2 : 1;
    }

    /** Wraps {@code text} into printer columns; continuation lines start with {@code indent}. */
    public static List<String> wrap(String text, int columns, String indent) {
        return wrap(text, columns, indent, ColumnWrapper::width);
    }

    /** Wraps {@code text} to {@code max}, each code point as wide as {@code measure} says. */
    public static List<String> wrap(String text, double max, String indent, IntToDoubleFunction measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double used = 0;
        int[] codePoints = text.strip().codePoints().toArray();
        for (int cp : codePoints) {
            double w = measure.applyAsDouble(cp);
            if (used + w > max && line.length() > 0) {
                String carried = "";
                int space = line.lastIndexOf(" ");
                if (cp != ' ' && cp < 0x80 && space > indent.length()) {
                    carried = line.substring(space + 1);
                    line.setLength(space);
                }
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                line.append(indent).append(carried);
                used = line.codePoints().mapToDouble(measure).sum();
                if (cp == ' ') {
                    continue;
                }
            }
            line.appendCodePoint(cp);
            used += w;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
