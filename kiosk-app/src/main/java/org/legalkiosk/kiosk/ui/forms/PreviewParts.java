package org.legalkiosk.kiosk.ui.forms;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;

/**
 * How the preview cuts the printed pages into parts that each fill the screen's page area exactly: a part is always
 * as wide as the area (never wider, so there is nothing to drag sideways) and as tall as the area, and the visitor
 * steps from part to part with two large buttons (see decision 0094). Consecutive parts of a page overlap a little, so
 * the reader keeps their place; the last part of a page ends at the page's bottom edge.
 * <p>
 * At the larger text sizes the white side margins of the paper are left out, which enlarges the page by up to a fifth
 * without any sideways scrolling; nothing is printed there (the form's text, tables and footer lie inside the margin).
 */
final class PreviewParts {

    /** The body text size of the printed form in points ({@code FormPdf}'s BODY). */
    static final double BODY_POINTS = 12;
    /** An A4 page's width in points. */
    static final double A4_POINTS = 595.28;
    /**
     * How much of each side may be left out, as a fraction of the page's width: 15 of the form's 18 mm margin, so a
     * little white stays beside the tables' borders.
     */
    static final double MAX_SIDE_CROP = 15.0 / 210;
    /** How much of a part the next part shows again. */
    static final double OVERLAP = 0.1;

    /** One screenful: which page, and which rectangle of its picture (in the picture's pixels). */
    record Part(int page, Rectangle2D viewport) {}

    private PreviewParts() {}

    /**
     * The fraction of the page's width shown across the area: the whole page when that already draws the body text at
     * least as large as the visitor's text size, less of it (down to the text inside the margins) when not.
     */
    static double shownWidth(double areaWidth, int basePixels) {
        double whole = BODY_POINTS * areaWidth / A4_POINTS;
        return Math.max(1 - 2 * MAX_SIDE_CROP, Math.min(1, whole / basePixels));
    }

    /** The parts of every page in order, for an area of {@code areaWidth} × {@code areaHeight} screen pixels. */
    static List<Part> cut(List<Dimension2D> pages, double areaWidth, double areaHeight, int basePixels) {
        List<Part> parts = new ArrayList<>();
        if (areaWidth <= 0 || areaHeight <= 0) {
            return parts;
        }
        double fraction = shownWidth(areaWidth, basePixels);
        for (int p = 0; p < pages.size(); p++) {
            double w = pages.get(p).getWidth();
            double h = pages.get(p).getHeight();
            double shownW = w * fraction;
            double x = (w - shownW) / 2;
            double partH = areaHeight * shownW / areaWidth;
            if (partH >= h) {
                parts.add(new Part(p, new Rectangle2D(x, 0, shownW, h)));
                continue;
            }
            int count = (int) Math.ceil((h - partH) / (partH * (1 - OVERLAP)) - 1e-9) + 1;
            for (int i = 0; i < count; i++) {
                double y = (h - partH) * i / (count - 1);
                parts.add(new Part(p, new Rectangle2D(x, y, shownW, partH)));
            }
        }
        return parts;
    }

    /** The part in {@code parts} that best matches {@code old} (the same page, the nearest top), after a new cut. */
    static int nearest(List<Part> parts, Part old) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            double distance = Math.abs(p.page() - old.page()) * 1e9
                    + Math.abs(p.viewport().getMinY() - old.viewport().getMinY());
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }
}
