package org.legalkiosk.kiosk.ui.forms;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javax.imageio.ImageIO;

/**
 * How the preview cuts the printed pages into parts that each fill the screen's page area exactly: a part is always
 * as wide as the area (never wider, so there is nothing to drag sideways) and as tall as the area, and the visitor
 * steps from part to part with two large buttons (see decision 0094). Consecutive parts of a page overlap a little, so
 * the reader keeps their place. Only what is printed is shown: the white above the title, the white between the end of
 * a short last sheet and its footer, are left out (a part never shows an empty screen), so the last part of a sheet
 * ends at its footer, the form number and date.
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

    /** White taller than this (in the picture's pixels, 150 dpi: about 2 cm) between two printed lines is left out. */
    static final int MAX_GAP = 120;
    /** White kept above and below what is printed. */
    static final int PAD = 24;

    /** One screenful: which page, and which rectangle of its picture (in the picture's pixels). */
    record Part(int page, Rectangle2D viewport) {}

    /** A stretch of a page from {@code top} to {@code bottom} (pixels) with something printed in it. */
    record Band(double top, double bottom) {}

    /** A page's picture size and the stretches of it that hold print. */
    record Sheet(double width, double height, List<Band> bands) {
        Sheet {
            bands = List.copyOf(bands);
        }

        /** A page with everything shown, top to bottom. */
        static Sheet whole(double width, double height) {
            return new Sheet(width, height, List.of(new Band(0, height)));
        }
    }

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
    static List<Part> cut(List<Sheet> pages, double areaWidth, double areaHeight, int basePixels) {
        List<Part> parts = new ArrayList<>();
        if (areaWidth <= 0 || areaHeight <= 0) {
            return parts;
        }
        double fraction = shownWidth(areaWidth, basePixels);
        for (int p = 0; p < pages.size(); p++) {
            Sheet sheet = pages.get(p);
            double shownW = sheet.width() * fraction;
            double x = (sheet.width() - shownW) / 2;
            double partH = areaHeight * shownW / areaWidth;
            for (Band band : sheet.bands()) {
                double top = band.top();
                double h = band.bottom() - top;
                if (partH >= h) {
                    parts.add(new Part(p, new Rectangle2D(x, top, shownW, h)));
                    continue;
                }
                int count = (int) Math.ceil((h - partH) / (partH * (1 - OVERLAP)) - 1e-9) + 1;
                for (int i = 0; i < count; i++) {
                    double y = top + (h - partH) * i / (count - 1);
                    parts.add(new Part(p, new Rectangle2D(x, y, shownW, partH)));
                }
            }
        }
        return parts;
    }

    /** A drawn page: its size, and where on it something is printed (rows that are not all white). */
    static Sheet sheet(byte[] png) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        List<Band> bands = new ArrayList<>();
        int start = -1;
        int last = -1;
        for (int y = 0; y < h; y++) {
            if (!printedOn(image, y)) {
                continue;
            }
            if (start < 0) {
                start = y;
            } else if (y - last > MAX_GAP) {
                bands.add(padded(start, last, h));
                start = y;
            }
            last = y;
        }
        if (start < 0) {
            return Sheet.whole(w, h);
        }
        bands.add(padded(start, last, h));
        return new Sheet(w, h, bands);
    }

    private static Band padded(int first, int last, int height) {
        return new Band(Math.max(0, first - PAD), Math.min(height, last + 1 + PAD));
    }

    private static boolean printedOn(BufferedImage image, int y) {
        for (int x = 0; x < image.getWidth(); x += 2) {
            int rgb = image.getRGB(x, y);
            int luminance = (((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
            if (luminance < 200) {
                return true;
            }
        }
        return false;
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
