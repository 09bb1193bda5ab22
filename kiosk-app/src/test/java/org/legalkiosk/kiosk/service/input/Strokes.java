package org.legalkiosk.kiosk.service.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Characters as a finger draws them on a 300 x 300 pad, stroke by stroke in the standard order, for tests that
 * recognise them with the real model or draw them on the real pad.
 */
public final class Strokes {

    public static final int PAD = 300;

    /** 十: 横, 竖. */
    public static final int[][] SHI = {{50, 150, 250, 150}, {150, 40, 150, 270}};
    /** 王: 横, 横, 竖, 横. */
    public static final int[][] WANG = {{60, 60, 240, 60}, {70, 150, 230, 150}, {150, 60, 150, 250}, {40, 250, 260, 250}
    };
    /** 大: 横, 撇, 捺. */
    public static final int[][] DA = {
        {40, 110, 150, 108, 260, 106},
        {150, 30, 148, 110, 130, 170, 90, 230, 40, 275},
        {152, 130, 190, 190, 230, 240, 272, 275}
    };

    private Strokes() {}

    /** Each row is one stroke as x, y pairs. */
    public static Ink ink(int[][] strokes) {
        Ink ink = Ink.empty(PAD, PAD);
        for (int[] s : strokes) {
            List<Ink.Point> points = new ArrayList<>();
            for (int i = 0; i + 1 < s.length; i += 2) {
                points.add(new Ink.Point(s[i], s[i + 1]));
            }
            ink = ink.withStroke(points);
        }
        return ink;
    }
}
