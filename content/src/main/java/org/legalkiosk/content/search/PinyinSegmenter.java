package org.legalkiosk.content.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * Cuts a run of typed letters ("laobanbugeigongzi", "jhdengji") into pieces the index knows, so that no
 * syllable table is needed: the index's own pinyin terms are the dictionary. Among all cuts it takes the one
 * with the fewest pieces, preferring full pinyin to initials; letters that belong to no known piece (typos)
 * are skipped.
 */
final class PinyinSegmenter {

    /** A piece and how it is known: as full pinyin, as initials, or both ("an"). */
    record Piece(String text, boolean pinyin, boolean initials) {}

    /** Longer than any word or pair of words the index holds. */
    private static final int MAX_PIECE = 24;

    private static final double PIECE_COST = 1.0;
    private static final double INITIALS_EXTRA = 0.25;
    private static final double SKIPPED_LETTER_COST = 3.0;

    private final Predicate<String> isPinyin;
    private final Predicate<String> isInitials;

    PinyinSegmenter(Predicate<String> isPinyin, Predicate<String> isInitials) {
        this.isPinyin = isPinyin;
        this.isInitials = isInitials;
    }

    List<Piece> segment(String letters) {
        int n = letters.length();
        double[] cost = new double[n + 1];
        int[] from = new int[n + 1];
        Piece[] piece = new Piece[n + 1];
        java.util.Arrays.fill(cost, Double.POSITIVE_INFINITY);
        cost[0] = 0;
        for (int i = 0; i < n; i++) {
            if (cost[i] == Double.POSITIVE_INFINITY) {
                continue;
            }
            relax(cost, from, piece, i, i + 1, cost[i] + SKIPPED_LETTER_COST, null);
            for (int j = i + 1; j <= Math.min(n, i + MAX_PIECE); j++) {
                String candidate = letters.substring(i, j);
                boolean pinyin = isPinyin.test(candidate);
                // A single letter as initials would match every word starting with it: noise, not a search.
                boolean initials = candidate.length() > 1 && isInitials.test(candidate);
                if (pinyin || initials) {
                    double c = cost[i] + PIECE_COST + (pinyin ? 0 : INITIALS_EXTRA);
                    relax(cost, from, piece, i, j, c, new Piece(candidate, pinyin, initials));
                }
            }
        }
        List<Piece> pieces = new ArrayList<>();
        for (int j = n; j > 0; j = from[j]) {
            if (piece[j] != null) {
                pieces.add(piece[j]);
            }
        }
        Collections.reverse(pieces);
        return pieces;
    }

    private static void relax(double[] cost, int[] from, Piece[] piece, int i, int j, double c, Piece p) {
        if (c < cost[j]) {
            cost[j] = c;
            from[j] = i;
            piece[j] = p;
        }
    }
}
