package org.legalkiosk.kiosk.service.input;

import java.util.ArrayList;
import java.util.List;

/**
 * One handwritten character as drawn on the pad: strokes in drawing order, each the points the finger passed
 * through, in pad coordinates ({@code 0..width}, {@code 0..height}, y downwards). Immutable; each new stroke gives
 * a new ink.
 */
public record Ink(int width, int height, List<List<Point>> strokes) {

    public record Point(int x, int y) {}

    public Ink {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("pad size must be positive: " + width + "x" + height);
        }
        strokes = strokes.stream().map(List::copyOf).toList();
    }

    public static Ink empty(int width, int height) {
        return new Ink(width, height, List.of());
    }

    /** This ink with one more stroke; a stroke of fewer than one point is ignored. */
    public Ink withStroke(List<Point> stroke) {
        if (stroke.isEmpty()) {
            return this;
        }
        List<List<Point>> more = new ArrayList<>(strokes);
        more.add(stroke);
        return new Ink(width, height, more);
    }

    /** This ink without its last stroke (the "undo stroke" key). */
    public Ink withoutLastStroke() {
        return strokes.isEmpty() ? this : new Ink(width, height, strokes.subList(0, strokes.size() - 1));
    }

    public boolean isEmpty() {
        return strokes.isEmpty();
    }
}
