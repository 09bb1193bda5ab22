package org.legalkiosk.kiosk.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.legalkiosk.kiosk.session.TextSize;

/** How the preview cuts pages into screen-sized parts (decision 0094), without a screen. */
class PreviewPartsTest {

    /** An A4 page at 150 dpi. */
    private static final int W = 1240;

    private static final int H = 1754;

    @Test
    void theWholeWidthUntilTheTextIsSmallerThanTheVisitorsThenTheMarginsGo() {
        // 1700 px wide: the 12 pt body text is drawn 34 px high across the whole page.
        assertEquals(1, PreviewParts.shownWidth(1700, TextSize.NORMAL.basePixels()));
        assertEquals(1, PreviewParts.shownWidth(1700, TextSize.LARGE.basePixels()));
        assertEquals(
                1 - 2 * PreviewParts.MAX_SIDE_CROP,
                PreviewParts.shownWidth(1700, TextSize.EXTRA_LARGE.basePixels()),
                1e-9,
                "no more than the white margins");
    }

    @Test
    void partsFillTheAreaOverlapAndEndAtTheBottomOfEachPage() {
        var sheets = List.of(PreviewParts.Sheet.whole(W, H), PreviewParts.Sheet.whole(W, H));
        List<PreviewParts.Part> parts = PreviewParts.cut(sheets, 1700, 500, TextSize.NORMAL.basePixels());
        double partHeight = 500.0 * W / 1700;
        int perPage = (int) parts.stream().filter(p -> p.page() == 0).count();
        assertEquals(parts.size(), 2 * perPage);
        assertEquals(0, parts.get(0).viewport().getMinY());
        assertEquals(H, parts.get(perPage - 1).viewport().getMaxY(), 1e-6);
        for (int i = 0; i < parts.size(); i++) {
            var r = parts.get(i).viewport();
            assertEquals(W, r.getWidth(), 1e-6, "never wider than the page, never narrower at this size");
            assertEquals(partHeight, r.getHeight(), 1e-6, "one area tall");
            if (i > 0 && parts.get(i - 1).page() == parts.get(i).page()) {
                double overlap = parts.get(i - 1).viewport().getMaxY() - r.getMinY();
                assertTrue(
                        overlap >= partHeight * 0.1 - 1e-6 && overlap < partHeight * 0.5, "some overlap: " + overlap);
            }
        }
    }

    @Test
    void whiteAboveAndBetweenWhatIsPrintedIsLeftOut() throws IOException {
        BufferedImage page = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.fillRect(200, 300, 800, 400); // the form
        g.fillRect(400, 1650, 400, 20); // the footer
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(page, "png", png);

        PreviewParts.Sheet sheet = PreviewParts.sheet(png.toByteArray());
        assertEquals(
                List.of(
                        new PreviewParts.Band(300 - PreviewParts.PAD, 700 + PreviewParts.PAD),
                        new PreviewParts.Band(1650 - PreviewParts.PAD, 1670 + PreviewParts.PAD)),
                sheet.bands());
        List<PreviewParts.Part> parts = PreviewParts.cut(List.of(sheet), 1700, 500, TextSize.NORMAL.basePixels());
        assertEquals(3, parts.size(), "the form in two parts, the footer in one: " + parts);
        assertEquals(sheet.bands().get(1).top(), parts.get(2).viewport().getMinY());
        assertEquals(sheet.bands().get(1).bottom(), parts.get(2).viewport().getMaxY());
    }

    @Test
    void afterANewCutTheVisitorStaysOnTheSamePlace() {
        var sheets = List.of(PreviewParts.Sheet.whole(W, H), PreviewParts.Sheet.whole(W, H));
        var normal = PreviewParts.cut(sheets, 1700, 500, TextSize.NORMAL.basePixels());
        var large = PreviewParts.cut(sheets, 1700, 420, TextSize.EXTRA_LARGE.basePixels());
        var was = normal.get(normal.size() - 2);
        var now = large.get(PreviewParts.nearest(large, was));
        assertEquals(was.page(), now.page());
        assertTrue(Math.abs(now.viewport().getMinY() - was.viewport().getMinY()) < 500);
    }
}
